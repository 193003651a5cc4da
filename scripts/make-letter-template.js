#!/usr/bin/env node
// Writes assets/letters/department-template.docx: the starter template in the ГОСТ layout with every
// placeholder of docs/letters.md. Built from the compiled sources: run `npm run build:node` first.
'use strict';
const fs = require('fs');
const path = require('path');
const { buildStarterTemplate } = require('../dist/adapters/letters/starter-template');

const out = path.join(__dirname, '..', 'assets', 'letters', 'department-template.docx');
buildStarterTemplate().then((bytes) => {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  console.log(`Шаблон письма записан: ${path.relative(process.cwd(), out)} (${bytes.length} байт)`);
});
