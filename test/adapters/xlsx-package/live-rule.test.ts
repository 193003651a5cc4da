import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runCli } from '../../hosts/cli/run-cli';
import { writeGospablikiBook } from './gospabliki-book';
import { LIBREOFFICE_CSV, describeWithTools, sofficeConvert } from '../letters/external-tools';

/**
 * A department shares the checked workbook; a school corrects its own cell (as Excel
 * would: the sheet part's <v> changes, nothing else). The highlight's rule is the
 * comparison itself, so LibreOffice, evaluating the rule's formula, now finds the
 * cell no longer short.
 */
describeWithTools(['soffice'], 'a live highlight rule follows a school’s corrected cell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'i11-live-'));
  const source = join(dir, 'госпаблики.xlsx');
  const checked = join(dir, 'out', 'госпаблики.checked.xlsx');
  const profile = join(dir, 'profile');

  beforeAll(async () => {
    await writeGospablikiBook(source, [
      ['МБОУ «СОШ № 1»', 4],
      ['МБОУ «СОШ № 12»', 2],
      ['МКОУ «ООШ с. Ивановка»', 5],
    ]);
    const result = await runCli(['check', source, '--as-of', '2025-03-03', '--out', join(dir, 'out'), '--letters', 'none']);
    if (result.code !== 0) throw new Error(result.stderr);
  }, 120_000);

  /** The sheet part of «Госпаблики» and the live rule our check wrote on it for F6 (СОШ № 12, 2 of 3). */
  function liveRule(parts: Record<string, Uint8Array>): { part: string; formula: string } {
    const part = 'xl/worksheets/sheet1.xml';
    const xml = strFromU8(parts[part]);
    const rule = /<conditionalFormatting sqref="F6"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>([^<]*)<\/formula>/.exec(
      xml,
    );
    if (!rule) throw new Error(`no rule for F6 in ${xml.slice(xml.indexOf('<conditionalFormatting'))}`);
    return { part, formula: rule[1].replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&') };
  }

  /**
   * A copy of the package with one cell added below the table that evaluates the rule's
   * formula (as the rule is written for F6), and, when given, F6's stored value replaced;
   * LibreOffice's csv of the sheet gives the verdict.
   */
  function verdict(name: string, newValue?: number): string {
    const parts = unzipSync(new Uint8Array(readFileSync(checked)));
    const { part, formula } = liveRule(parts);
    let xml = strFromU8(parts[part]);
    if (newValue !== undefined) {
      const cell = /<c r="F6"[^>]*>(?:<f>[^<]*<\/f>)?<v>2<\/v><\/c>/.exec(xml);
      if (!cell) throw new Error('F6 holds no stored 2');
      xml = xml.replace(cell[0], cell[0].replace('<v>2</v>', `<v>${newValue}</v>`));
    }
    const helper = `<row r="20"><c r="H20"><f>${formula.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</f></c></row>`;
    xml = xml.replace('</sheetData>', `${helper}</sheetData>`);
    parts[part] = strToU8(xml);
    const copy = join(dir, `${name}.xlsx`);
    writeFileSync(copy, zipSync(parts, { level: 6 }));
    sofficeConvert(profile, LIBREOFFICE_CSV, join(dir, 'csv'), copy);
    const rows = readFileSync(join(dir, 'csv', `${name}.csv`), 'utf8').split('\n');
    return rows[19].split(',')[7];
  }

  it('writes the comparison, not a fixed TRUE, for a count short of its target', () => {
    const parts = unzipSync(new Uint8Array(readFileSync(checked)));
    expect(liveRule(parts).formula).toBe('NOT(AND(ISNUMBER(F6),F6>=3))');
    // The schools that met the target are not highlighted at all.
    expect(strFromU8(parts['xl/worksheets/sheet1.xml'])).not.toMatch(/sqref="F5"|sqref="F7"/);
  });

  it('evaluates to TRUE as checked, and to FALSE once the school enters 3 posts', () => {
    expect(verdict('как проверено')).toBe('TRUE');
    expect(verdict('исправлено', 3)).toBe('FALSE');
    expect(verdict('всё ещё мало', 1)).toBe('TRUE');
  }, 240_000);
});
