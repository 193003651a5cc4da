#!/usr/bin/env node
// Copies Liberation Serif (metric-compatible with Times New Roman, SIL Open Font License 1.1)
// from Debian's fonts-liberation2 package into assets/fonts, where the PDF letters take it
// from: `apt-get install fonts-liberation2`, then `node scripts/make-letter-fonts.js`.
// The fonts and their licence are committed; this script says where they came from.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const SOURCES = ['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'];
const FILES = ['LiberationSerif-Regular.ttf', 'LiberationSerif-Bold.ttf'];
const LICENSE = ['/usr/share/doc/fonts-liberation2/copyright', '/usr/share/doc/fonts-liberation/copyright'];
const out = path.join(__dirname, '..', 'assets', 'fonts');

const source = SOURCES.find((dir) => FILES.every((f) => fs.existsSync(path.join(dir, f))));
if (!source) {
  console.error('Liberation Serif не найден: установите пакет fonts-liberation2 (apt-get install fonts-liberation2).');
  process.exit(1);
}
fs.mkdirSync(out, { recursive: true });
for (const file of FILES) fs.copyFileSync(path.join(source, file), path.join(out, file));
const license = LICENSE.find((f) => fs.existsSync(f));
if (license) fs.copyFileSync(license, path.join(out, 'LICENSE-LiberationSerif.txt'));
console.log(`Скопировано в ${path.relative(process.cwd(), out)}: ${FILES.join(', ')}${license ? ', LICENSE-LiberationSerif.txt' : ''}.`);
