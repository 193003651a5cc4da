import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { nodeCodec } from '../../../src/adapters/xlsx-package/node-codec';
import { openBook } from '../../../src/adapters/xlsx-package/read-book';
import { richBookBytes } from '../../fixtures/rich-book';
import { runCli } from '../../hosts/cli/run-cli';
import { LIBREOFFICE_CSV, describeWithTools, sofficeConvert } from '../letters/external-tools';

/** The parts the check changes: the three that list the sheets, the styles, and the user's sheets (by our rules only). */
const EDITED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml']);
const withoutOurRules = (xml: string) =>
  xml.replace(
    /<conditionalFormatting sqref="[^"]*"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>TRUE<\/formula><\/cfRule><\/conditionalFormatting>/g,
    '',
  );

describeWithTools(['soffice'], 'a department’s rich workbook, checked: nothing of it lost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'i11-rich-'));
  const out = join(dir, 'out');
  const files = { xlsx: join(dir, 'мониторинг.xlsx'), xlsm: join(dir, 'с макросом.xlsm') };
  const checked = { xlsx: join(out, 'мониторинг.checked.xlsx'), xlsm: join(out, 'с макросом.checked.xlsm') };

  beforeAll(async () => {
    writeFileSync(files.xlsx, await richBookBytes());
    writeFileSync(files.xlsm, await richBookBytes(true));
    const first = await runCli(['check', files.xlsx, files.xlsm, '--as-of', '2025-03-03', '--out', out, '--letters', 'none']);
    if (first.code !== 0) throw new Error(first.stderr);
  }, 120_000);

  it.each(['xlsx', 'xlsm'] as const)('keeps every part of the .%s byte for byte, and its sheets but for our rules', (kind) => {
    const before = unzipSync(new Uint8Array(readFileSync(files[kind])));
    const after = unzipSync(new Uint8Array(readFileSync(checked[kind])));
    const kept = [
      'xl/charts/chart1.xml',
      'xl/drawings/drawing1.xml',
      'xl/media/image1.png',
      'xl/pivotTables/pivotTable1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotCache/pivotCacheRecords1.xml',
      'xl/externalLinks/externalLink1.xml',
      'xl/comments1.xml',
      'docProps/core.xml',
    ];
    if (kind === 'xlsm') kept.push('xl/vbaProject.bin');
    for (const part of kept) expect([part, before[part] !== undefined]).toEqual([part, true]);
    for (const part of Object.keys(before)) {
      if (EDITED.has(part)) continue;
      const a = strFromU8(before[part]);
      const b = after[part] ? strFromU8(after[part]) : undefined;
      expect([part, part.startsWith('xl/worksheets/sheet') && b ? withoutOurRules(b) : b]).toEqual([part, a]);
    }
    // workbook.xml: the protection, names, external reference and pivot cache as they were; our sheets added.
    const workbook = strFromU8(after['xl/workbook.xml']);
    for (const piece of [
      '<workbookProtection workbookPassword="CC3D" lockStructure="1"/>',
      '<definedName name="Порог">0.9</definedName>',
      'localSheetId="0"',
      '<externalReference r:id="rId90"/>',
      '<pivotCache cacheId="1" r:id="rId92"/>',
      '_xlnm.Print_Titles',
    ])
      expect(workbook).toContain(piece);
    expect(workbook).toMatch(/<sheet name="Сводка"/);
    expect(strFromU8(after['[Content_Types].xml'])).toContain(kind === 'xlsm' ? 'macroEnabled.main+xml' : 'spreadsheetml.sheet.main+xml');
    expect(strFromU8(after['xl/worksheets/sheet1.xml'])).toContain('<formula>TRUE</formula>');
  });

  it('reads the same grids from the checked book as from the source', () => {
    const a = openBook(new Uint8Array(readFileSync(files.xlsx)), 'a', nodeCodec);
    const b = openBook(new Uint8Array(readFileSync(checked.xlsx)), 'a', nodeCodec);
    expect(a.ok && b.ok && b.opened.book.grids).toEqual(a.ok && a.opened.book.grids);
  });

  it('writes the same bytes when the checked book is checked again', async () => {
    const again = join(dir, 'again');
    const rerun = await runCli(['check', checked.xlsx, checked.xlsm, '--as-of', '2025-03-03', '--out', again, '--letters', 'none']);
    expect(rerun.code).toBe(0);
    expect(readFileSync(join(again, 'мониторинг.checked.xlsx'))).toEqual(readFileSync(checked.xlsx));
    expect(readFileSync(join(again, 'с макросом.checked.xlsm'))).toEqual(readFileSync(checked.xlsm));
  }, 120_000);

  it('opens in LibreOffice, and a book LibreOffice saved is read and checked', async () => {
    const profile = join(dir, 'profile');
    sofficeConvert(profile, LIBREOFFICE_CSV, join(dir, 'csv'), checked.xlsx, checked.xlsm);
    expect(readFileSync(join(dir, 'csv', 'мониторинг.checked.csv'), 'utf8')).toContain('Регистрация педагогов');
    expect(existsSync(join(dir, 'csv', 'с макросом.checked.csv'))).toBe(true);
    sofficeConvert(profile, 'xlsx', join(dir, 'lo'), files.xlsx);
    const saved = await runCli([
      'check',
      join(dir, 'lo', 'мониторинг.xlsx'),
      '--as-of',
      '2025-03-03',
      '--out',
      join(dir, 'lo-out'),
      '--letters',
      'none',
    ]);
    expect(saved.stderr).not.toMatch(/не читается|повреждена/);
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(/Проверено школ: \d+/);
    // The monitoring sheet reads the same (LibreOffice writes the pivot table's cells into «Справочник ОО»).
    const grid = (path: string) => {
      const read = openBook(new Uint8Array(readFileSync(path)), 'x', nodeCodec);
      return read.ok ? read.opened.book.grids[0] : read.reason;
    };
    expect(grid(join(dir, 'lo', 'мониторинг.xlsx'))).toEqual(grid(files.xlsx));
  }, 240_000);
});
