#!/usr/bin/env node
// The command line's entry: the TypeScript is compiled into dist/ by `npm ci` (the "prepare" script).
'use strict';
let main;
try {
  ({ main } = require('../dist/hosts/cli/main.js'));
} catch (error) {
  process.stderr.write('roadmap-control: программа не собрана. Выполните `npm ci` (или `npm run build:node`) в папке проекта.\n');
  process.exit(1);
}
main(process.argv.slice(2)).then((code) => process.exit(code));
