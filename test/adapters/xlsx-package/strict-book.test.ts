import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { nodeCodec } from '../../../src/adapters/xlsx-package/node-codec';
import { openBook } from '../../../src/adapters/xlsx-package/read-book';
import { makeSampleWorkbook } from '../../../src/hosts/cli/samples/make-samples';
import { runCli } from '../../hosts/cli/run-cli';
import { LIBREOFFICE_CSV, describeWithTools, sofficeConvert } from '../letters/external-tools';

/** ISO/IEC 29500 Strict's namespaces for the Transitional ones a workbook uses (written out here, not taken from the product). */
const TO_STRICT: [string, string][] = [
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart'],
  ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing'],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
    'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
  ],
];
const TRANSITIONAL = TO_STRICT.map(([t]) => t);

/**
 * A Transitional workbook made Strict as Excel's «Strict Open XML Spreadsheet» saves it: every
 * part in the Strict namespaces, relationship types included, and the workbook marked strict.
 * LibreOffice cannot write Strict, so the test makes it.
 */
function strictPackage(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [path, data] of Object.entries(parts)) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    let xml = strFromU8(data);
    for (const [t, s] of TO_STRICT) xml = xml.split(t).join(s);
    if (path === 'xl/workbook.xml') xml = xml.replace(/<workbook\b/, '<workbook conformance="strict"');
    parts[path] = strToU8(xml);
  }
  return zipSync(parts, { level: 6 });
}

describeWithTools(['soffice'], 'a Strict OOXML workbook, checked: read, and its checked copy Strict throughout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'i11-strict-'));
  const source = join(dir, 'строгий.xlsx');
  const checked = join(dir, 'out', 'строгий.checked.xlsx');
  let checkedOut = '';

  beforeAll(async () => {
    writeFileSync(source, strictPackage(await makeSampleWorkbook(30)));
    const first = await runCli(['check', source, '--as-of', '2025-03-03', '--out', join(dir, 'out'), '--letters', 'none']);
    if (first.code !== 0) throw new Error(first.stderr);
    checkedOut = first.stdout;
  }, 120_000);

  it('is read and checked like its Transitional twin', async () => {
    expect(checkedOut).toContain('Проверено школ: 30;');
    const twin = join(dir, 'twin.xlsx');
    writeFileSync(twin, await makeSampleWorkbook(30));
    const grids = (path: string) => {
      const read = openBook(new Uint8Array(readFileSync(path)), 'x', nodeCodec);
      return read.ok ? read.opened.book.grids : read.reason;
    };
    expect(grids(source)).toEqual(grids(twin));
  });

  it('writes our sheets, charts, rules, styles and relationships in the Strict namespaces: no Transitional URI anywhere', () => {
    const parts = unzipSync(new Uint8Array(readFileSync(checked)));
    const workbook = strFromU8(parts['xl/workbook.xml']);
    expect(workbook).toContain('conformance="strict"');
    expect(workbook).toMatch(/<sheet name="Сводка"/);
    expect(Object.keys(parts).some((p) => p.startsWith('xl/charts/'))).toBe(true);
    for (const [path, data] of Object.entries(parts)) {
      if (!/\.(xml|rels)$/.test(path)) continue;
      const xml = strFromU8(data);
      expect([path, TRANSITIONAL.filter((uri) => xml.includes(uri))]).toEqual([path, []]);
    }
    expect(strFromU8(parts['xl/_rels/workbook.xml.rels'])).toContain(
      'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet"',
    );
    // The highlights, spliced into a user's Strict sheet, are in its default namespace.
    const userSheet = Object.entries(parts).find(([p, d]) => p.startsWith('xl/worksheets/sheet') && strFromU8(d).includes('<formula>'));
    expect(userSheet && strFromU8(userSheet[1])).toMatch(/<worksheet xmlns="http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main"/);
  });

  it('reads back the same grids, and a re-run writes the same bytes', async () => {
    const read = (path: string, every = false) => {
      const r = openBook(new Uint8Array(readFileSync(path)), 'x', nodeCodec, undefined, every);
      return r.ok ? r.opened.book.grids : r.reason;
    };
    expect(read(checked)).toEqual(read(source));
    expect((read(checked, true) as { sheet: string }[]).map((g) => g.sheet)).toContain('Нарушения');
    const rerun = await runCli(['check', checked, '--as-of', '2025-03-03', '--out', join(dir, 'again'), '--letters', 'none']);
    expect(rerun.code).toBe(0);
    expect(readFileSync(join(dir, 'again', 'строгий.checked.xlsx'))).toEqual(readFileSync(checked));
  }, 120_000);

  it('opens in LibreOffice, the source and the checked copy alike', () => {
    const profile = join(dir, 'profile');
    const csv = join(dir, 'csv');
    sofficeConvert(profile, LIBREOFFICE_CSV, csv, source, checked);
    const first = readFileSync(join(csv, 'строгий.csv'), 'utf8');
    expect(first.length).toBeGreaterThan(100);
    expect(existsSync(join(csv, 'строгий.checked.csv'))).toBe(true);
    expect(readFileSync(join(csv, 'строгий.checked.csv'), 'utf8')).toBe(first);
  }, 240_000);
});
