import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runCli } from '../../hosts/cli/run-cli';
import { writeGospablikiBook } from './gospabliki-book';
import { describeWithTools, sofficeConvert } from '../letters/external-tools';

const SHORT = '#FFC7CE'; // the «Bad» fill of our highlights
const MET = '#C6EFCE'; // the «Good» fill

/**
 * One live rule covers the short cells of a column in several areas (F6, F8:F9), written for
 * the first area's top-left cell. LibreOffice applies it as Excel does, each cell at its offset
 * from that cell: its HTML export carries the fills its conditional formatting gives, so the
 * test sees the highlights themselves, not a formula evaluated beside them.
 */
describeWithTools(['soffice'], 'a live rule over several areas of a column follows each corrected cell', () => {
  const dir = mkdtempSync(join(tmpdir(), 'i11-areas-'));
  const source = join(dir, 'госпаблики.xlsx');
  const checked = join(dir, 'out', 'госпаблики.checked.xlsx');
  const profile = join(dir, 'profile');
  const SCHOOLS: [string, number][] = [
    ['МБОУ «СОШ № 1»', 4],
    ['МБОУ «СОШ № 12»', 2],
    ['МКОУ «ООШ с. Ивановка»', 5],
    ['МБОУ «Гимназия № 3»', 1],
    ['МБОУ «Лицей № 7»', 0],
  ];

  beforeAll(async () => {
    await writeGospablikiBook(source, SCHOOLS);
    const result = await runCli(['check', source, '--as-of', '2025-03-03', '--out', join(dir, 'out'), '--letters', 'none']);
    if (result.code !== 0) throw new Error(result.stderr);
  }, 120_000);

  const SHEET = 'xl/worksheets/sheet1.xml';

  /** The fill LibreOffice gives each school's «публикаций в неделю» cell, after these cells are corrected (as Excel would: the stored value). */
  function fills(name: string, corrections: Record<string, number> = {}): Record<string, string> {
    const parts = unzipSync(new Uint8Array(readFileSync(checked)));
    let xml = strFromU8(parts[SHEET]);
    for (const [ref, value] of Object.entries(corrections)) {
      const cell = new RegExp(`<c r="${ref}"[^>]*><v>\\d+</v></c>`).exec(xml);
      if (!cell) throw new Error(`${ref} holds no stored number`);
      xml = xml.replace(cell[0], cell[0].replace(/<v>\d+<\/v>/, `<v>${value}</v>`));
    }
    parts[SHEET] = strToU8(xml);
    const copy = join(dir, `${name}.xlsx`);
    writeFileSync(copy, zipSync(parts, { level: 6 }));
    sofficeConvert(profile, 'html', join(dir, 'html'), copy);
    const html = readFileSync(join(dir, 'html', `${name}.html`), 'utf8');
    const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    const out: Record<string, string> = {};
    for (const [school] of SCHOOLS) {
      const at = table.indexOf(school);
      const row = table.slice(table.lastIndexOf('<tr', at), table.indexOf('</tr>', at));
      const cells = row.split('<td').slice(1);
      out[school] = /bgcolor="([^"]+)"/.exec(cells[5])?.[1]?.toUpperCase() ?? 'none';
    }
    return out;
  }

  it('writes one rule for the column’s short cells, anchored at the topmost', () => {
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(checked)))[SHEET]);
    expect(xml).toContain('<conditionalFormatting sqref="F6 F8:F9">');
    expect(xml).toMatch(
      /sqref="F6 F8:F9"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>NOT\(AND\(ISNUMBER\(F6\),F6&gt;=3\)\)<\/formula>/,
    );
  });

  it('highlights the short schools as checked, and lets go of each one that corrects its cell, in any area', () => {
    expect(fills('как-проверено')).toEqual({
      'МБОУ «СОШ № 1»': MET,
      'МБОУ «СОШ № 12»': SHORT,
      'МКОУ «ООШ с. Ивановка»': MET,
      'МБОУ «Гимназия № 3»': SHORT,
      'МБОУ «Лицей № 7»': SHORT,
    });
    // The gymnasium (F8, the second area) enters 3 posts; the school in the first area still has 2.
    const corrected = fills('гимназия-исправила', { F8: 3 });
    expect(corrected['МБОУ «Гимназия № 3»']).not.toBe(SHORT);
    expect(corrected['МБОУ «СОШ № 12»']).toBe(SHORT);
    expect(corrected['МБОУ «Лицей № 7»']).toBe(SHORT);
    // The school of the first area corrects too; the lyceum (F9, the last cell) still has none.
    const both = fills('обе-исправили', { F6: 4, F8: 3 });
    expect([both['МБОУ «СОШ № 12»'], both['МБОУ «Гимназия № 3»'], both['МБОУ «Лицей № 7»']]).toEqual([
      expect.not.stringMatching(SHORT),
      expect.not.stringMatching(SHORT),
      SHORT,
    ]);
  }, 240_000);
});
