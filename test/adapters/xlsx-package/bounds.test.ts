import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { DEFAULT_LIMITS } from '../../../src/adapters/xlsx-package/limits';
import { nodeCodec } from '../../../src/adapters/xlsx-package/node-codec';
import { openBook } from '../../../src/adapters/xlsx-package/read-book';
import { readInputFile } from '../../../src/hosts/cli/read-input-file';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A minimal workbook, by hand: one sheet with these rows (and merges), inline strings. */
function book(sheetData: string, tail = ''): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="ФГИС МШ" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet ${NS}><sheetData>${sheetData}</sheetData>${tail}</worksheet>`),
  });
}

const text = (ref: string, v: string) => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
const TABLE = `<row r="1">${text('A1', 'Наименование ОО')}${text('B1', 'ИНН')}</row><row r="2">${text('A2', 'МБОУ «СОШ № 1»')}<c r="B2"><v>3625010008</v></c></row>`;
const reasonOf = (bytes: Uint8Array, limits = DEFAULT_LIMITS) => {
  const read = openBook(bytes, 'книга.xlsx', nodeCodec, limits);
  return read.ok ? read.opened.book.grids : read.reason;
};

describe('reading within bounds', () => {
  it('a stray cell at XFD1048576 costs one cell, not a million rows', () => {
    const started = Date.now();
    const grids = reasonOf(book(`${TABLE}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`));
    expect(Date.now() - started).toBeLessThan(2000);
    if (typeof grids === 'string') throw new Error(grids);
    expect(grids.map((g) => [g.sheet, g.originRow, g.originCol, g.values.length, g.values[0].length])).toEqual([
      ['ФГИС МШ', 1, 1, 2, 2],
      ['ФГИС МШ', 1048576, 16384, 1, 1],
    ]);
  });

  it('places cells by their references as other programs write them: absolute, lower-case, left out', () => {
    const grids = reasonOf(
      book(
        `${TABLE}<row r="3"><c r="$A$3" t="inlineStr"><is><t>МКОУ «ООШ № 4»</t></is></c><c r="b3"><v>3625010011</v></c></row>` +
          `<row r="4"><c t="inlineStr"><is><t>МБОУ «Лицей № 2»</t></is></c><c><v>3625010022</v></c></row>` +
          `<row><c r="A5" t="inlineStr"><is><t>МАОУ «Гимназия № 6»</t></is></c><c r="B5.5"><v>1</v></c><c r="C0"><v>2</v></c></row>`,
      ),
    );
    if (typeof grids === 'string') throw new Error(grids);
    // A reference that names no cell («B5.5», «C0») is read as the next cell of its row, as if left out.
    expect(grids[0].values).toEqual([
      ['Наименование ОО', 'ИНН', null],
      ['МБОУ «СОШ № 1»', 3625010008, null],
      ['МКОУ «ООШ № 4»', 3625010011, null],
      ['МБОУ «Лицей № 2»', 3625010022, null],
      ['МАОУ «Гимназия № 6»', 1, 2],
    ]);
  });

  it('a merge over the whole sheet is read without laying out its cells', () => {
    const grids = reasonOf(book(TABLE, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'));
    if (typeof grids === 'string') throw new Error(grids);
    expect(grids[0].values).toEqual([
      ['Наименование ОО', null],
      [null, null],
    ]);
  });

  it('a part that inflates past the bound is refused from its header, before inflating', () => {
    const bytes = book(TABLE);
    // Say in the central directory that the sheet inflates to 3.75 GiB.
    const view = new DataView(bytes.buffer);
    for (let at = bytes.length - 22; at > 0; at--) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)));
      if (name === 'xl/worksheets/sheet1.xml') view.setUint32(at + 24, 0xf0000000, true);
    }
    expect(reasonOf(bytes)).toMatch(/^часть книги «xl\/worksheets\/sheet1\.xml» занимает 3\s840 МБ в распакованном виде/);
  });

  it('refuses a sheet with more cells than the bound, and a cell longer than Excel holds, in Russian', () => {
    expect(reasonOf(book(TABLE), { ...DEFAULT_LIMITS, maxCellsPerSheet: 3 })).toBe(
      'на листе «ФГИС МШ» больше 3 заполненных ячеек: разделите данные на несколько книг.',
    );
    expect(reasonOf(book(`${TABLE}<row r="3">${text('A3', 'я'.repeat(40_000))}</row>`))).toMatch(
      /^в ячейке ФГИС МШ!A3 текст длиннее 32\s767 символов/,
    );
  });

  it('reads no device, FIFO or folder as a workbook, and does not hang on them', async () => {
    await expect(readInputFile('/dev/zero', 'Книга')).rejects.toThrow('Книга «zero»: это не файл (устройство или канал)');
    const dir = mkdtempSync(join(tmpdir(), 'i11-bounds-'));
    execFileSync('mkfifo', [join(dir, 'канал.xlsx')]);
    await expect(readInputFile(join(dir, 'канал.xlsx'), 'Книга')).rejects.toThrow('это не файл (устройство или канал)');
    await expect(readInputFile(dir, 'Книга')).rejects.toThrow('это папка, а не файл');
  });
});
