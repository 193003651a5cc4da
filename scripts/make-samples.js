#!/usr/bin/env node
// Regenerates the bundled sample workbooks in assets/samples/ with the compiled CLI
// (`roadmap-control samples DIR`): the generator is product code in src/hosts/cli/samples/.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin', 'roadmap-control.js');
const run = spawnSync(process.execPath, [cli, 'samples', path.join(root, 'assets', 'samples')], { stdio: 'inherit' });
process.exit(run.status ?? 1);
