import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { listTree, runCli, tempDir } from './run-cli';

/**
 * A letter run that cannot produce its letters stops with exit 1 and one Russian line, writes
 * nothing (no checked workbook, no «Реестр писем» rows, no outgoing number used) and never
 * prints «Подготовлено писем-запросов».
 */
const SAMPLE = join(__dirname, '../../../assets/samples/monitoring-2025-03-03.xlsx');
const SETTINGS = join(__dirname, '../../../assets/samples/letter-settings.json');
const TEMPLATE = join(__dirname, '../../../assets/letters/department-template.docx');

function brokenTemplate(dir: string): string {
  const zip = new PizZip(readFileSync(TEMPLATE));
  const xml = zip.file('word/document.xml')!.asText();
  zip.file('word/document.xml', xml.replace('{intro}', '{intro'));
  const path = join(dir, 'шаблон.docx');
  writeFileSync(path, zip.generate({ type: 'nodebuffer' }));
  return path;
}

function settingsWith(dir: string, change: Record<string, unknown>): string {
  const path = join(dir, 'settings.json');
  writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(SETTINGS, 'utf8')), ...change }));
  return path;
}

const check = (out: string, extra: string[]) =>
  runCli(['check', SAMPLE, '--as-of', '2025-03-03', '--out', out, '--letters', 'docx', ...extra]);

describe('letters that cannot be produced stop the run', () => {
  it('a department template with an unclosed tag: exit 1, the tag and paragraph named, nothing written', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const run = await check(out, ['--settings', SETTINGS, '--template', brokenTemplate(dir)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('письма не подготовлены, ничего не записано. Ошибка в шаблоне письма, основной текст, абзац');
    expect(run.stderr).toContain('Тег «{intro» не закрыт');
    expect(run.stdout).not.toContain('Подготовлено писем-запросов');
    expect(listTree(out)).toEqual([]);
  });

  it.each([2 ** 53, 1e21])('«nextNumber» %d: exit 1 with a Russian reason, nothing written', async (nextNumber) => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const run = await check(out, ['--settings', settingsWith(dir, { nextNumber })]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Следующий номер письма должен быть не больше 999999999');
    expect(listTree(out)).toEqual([]);
  });

  it('writes the zip of every letter that docs/letters.md lists', async () => {
    const out = join(tempDir(), 'out');
    const run = await check(out, ['--settings', SETTINGS]);
    expect(run.code).toBe(0);
    const letters = listTree(out).filter((p) => p.startsWith('letters/'));
    expect(letters.some((p) => /^letters\/Письма_\d{4}-\d{2}-\d{2}\.zip$/.test(p))).toBe(true);
  });
});
