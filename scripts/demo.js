#!/usr/bin/env node
// The README's main job: check the bundled sample workbook as of 03.03.2025 with the compiled
// command line, into out/demo, and say in Russian where the results are and what they show.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const cli = path.join(root, 'bin', 'roadmap-control.js');
const samples = path.join(root, 'assets', 'samples');
const out = path.join(root, 'out', 'demo');
const book = path.join(samples, 'monitoring-2025-03-03.xlsx');
const settings = path.join(samples, 'letter-settings.json');

const args = ['check', book, '--as-of', '2025-03-03', '--roadmap', 'municipal-2025', '--out', out, '--letters', 'docx,pdf'];
if (fs.existsSync(settings)) args.push('--settings', settings);

console.log('Демо: проверка образца книги мониторинга по дорожной карте «Цифровая трансформация» 2025.');
console.log(`> roadmap-control ${args.map((a) => (a.startsWith(root) ? path.relative(root, a) : a)).join(' ')}\n`);
const run = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
const letterFiles = fs.existsSync(path.join(out, 'letters')) ? fs.readdirSync(path.join(out, 'letters')) : [];
const rel = (p) => path.relative(process.cwd(), p) || '.';
console.log('\nГде результаты:');
console.log(
  `  книга с отметками и листами «Сводка», «Нарушения», «Календарь контроля»: ${rel(path.join(out, 'monitoring-2025-03-03.checked.xlsx'))}`,
);
console.log(`  письма-запросы (${report.letters.length} школ, файлов: ${letterFiles.length}): ${rel(path.join(out, 'letters'))}`);
console.log(`  отчёт для обработки программами: ${rel(path.join(out, 'report.json'))}`);
