import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli } from '../../hosts/cli/run-cli';
import { describeWith, program } from '../../support/needs';
import { LIBREOFFICE_CSV, run, sofficeConvert } from '../letters/external-tools';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(__dirname, '..', '..', 'fixtures', 'openpyxl-book.py');

/** Debian's python3 with openpyxl and PIL (the script exits 3 without them). */
function openpyxl(): { what: string; found: boolean } {
  const probe = existsSync(PYTHON) ? spawnSync(PYTHON, ['-c', 'import openpyxl, PIL'], { encoding: 'utf8' }) : null;
  return { what: `${PYTHON} with openpyxl and PIL (python3-openpyxl, python3-pil)`, found: probe?.status === 0 };
}

/** The parts that list the sheets and the styles (which gain our formats); the user's sheets change by our rules only. */
const EDITED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);
/** Our rules are expressions; the book's own are cellIs rules. */
const withoutOurRules = (xml: string) =>
  xml.replace(
    /<conditionalFormatting sqref="[^"]*"><cfRule type="expression"[^>]*><formula>[^<]*<\/formula><\/cfRule><\/conditionalFormatting>/g,
    '',
  );
const SOURCE_SHEETS = ['ФГИС МШ', 'Справочник ОО', 'Расчёт'];

describeWith([openpyxl(), program('soffice')], 'a workbook saved by openpyxl, checked: read, and nothing of it lost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'i11-openpyxl-'));
  const source = join(dir, 'мониторинг.xlsx');
  const checked = join(dir, 'out', 'мониторинг.checked.xlsx');
  const python = (...args: string[]) => run(PYTHON, [SCRIPT, ...args]);

  beforeAll(async () => {
    python('write', source);
    const first = await runCli(['check', source, '--as-of', '2025-03-03', '--out', join(dir, 'out'), '--letters', 'none']);
    if (first.code !== 0) throw new Error(first.stderr);
  }, 120_000);

  it('is read as a monitoring book: its schools are checked', async () => {
    const again = await runCli(['check', source, '--as-of', '2025-03-03', '--out', join(dir, 'read'), '--letters', 'none']);
    expect(again.stderr).not.toMatch(/не читается|повреждена|не поддерживает/);
    expect(again.stdout).toContain('Проверено школ: 4;');
  });

  it('keeps the comment, image, chart, table and every other part byte for byte, its sheets but for our rules', () => {
    const before = unzipSync(new Uint8Array(readFileSync(source)));
    const after = unzipSync(new Uint8Array(readFileSync(checked)));
    for (const part of [
      'xl/comments/comment1.xml',
      'xl/drawings/commentsDrawing1.vml',
      'xl/media/image1.png',
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/tables/table1.xml',
    ])
      expect([part, before[part] !== undefined]).toEqual([part, true]);
    for (const part of Object.keys(before)) {
      if (EDITED.has(part)) continue;
      const a = strFromU8(before[part]);
      const b = after[part] ? strFromU8(after[part]) : undefined;
      expect([part, part.startsWith('xl/worksheets/sheet') && b ? withoutOurRules(b) : b]).toEqual([part, a]);
    }
    const sheet = strFromU8(after['xl/worksheets/sheet1.xml']);
    // The user's own rule, validation, protection and print setup stay; our highlights are rules beside it.
    expect(sheet).toContain('<cfRule type="cellIs"');
    expect(sheet).toMatch(/<sheetProtection[^>]*password="[0-9A-F]{4}"/);
    expect(sheet).toContain('<cfRule type="expression"');
    const workbook = strFromU8(after['xl/workbook.xml']);
    for (const piece of ['<workbookProtection workbookPassword="', '>0.9</definedName>', 'localSheetId="0"', '_xlnm.Print_Titles'])
      expect(workbook).toContain(piece);
    // openpyxl binds r: on each <sheet>, not on the root: ours declare it too (openpyxl reads the book: next test).
    expect(workbook).toMatch(/<sheet xmlns:r="[^"]+" name="Сводка"/);
  });

  it('leaves every source cell’s value, formula and style as openpyxl reads them', () => {
    expect(python('dump', checked, ...SOURCE_SHEETS)).toBe(python('dump', source, ...SOURCE_SHEETS));
    expect(python('dump', source, 'Расчёт')).toContain("=SUM('ФГИС МШ'!D4:D7)");
  });

  it('writes the same bytes when the checked book is checked again (our parts replaced, not added)', async () => {
    const rerun = await runCli(['check', checked, '--as-of', '2025-03-03', '--out', join(dir, 'again'), '--letters', 'none']);
    expect(rerun.code).toBe(0);
    expect(readFileSync(join(dir, 'again', 'мониторинг.checked.xlsx'))).toEqual(readFileSync(checked));
  }, 120_000);

  it('opens in LibreOffice', () => {
    const profile = join(dir, 'profile');
    sofficeConvert(profile, LIBREOFFICE_CSV, join(dir, 'csv'), checked);
    expect(readFileSync(join(dir, 'csv', 'мониторинг.checked.csv'), 'utf8')).toContain('Регистрация педагогов');
  }, 240_000);
});
