import { ourSheetXml } from '../../../src/adapters/xlsx-package/our-sheet-xml';
import { isSpace } from '../../../src/core/model/single-spaced';
import { DeflateStream } from '../../../src/adapters/xlsx-package/codec';
import { StyleBook } from '../../../src/adapters/xlsx-package/style-book';
import { PlannedCell, PlannedSheet } from '../../../src/core/plan/workbook-plan';

const STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

/** The sheet's XML as written, before deflating. */
function sheetXml(rows: PlannedCell[][], styles = new StyleBook(STYLES_XML)): string {
  const pieces: Uint8Array[] = [];
  const stream: DeflateStream = { push: (plain) => pieces.push(plain), end: () => ({ raw: new Uint8Array(0), crc: 0, size: 0 }) };
  const sheet: PlannedSheet = { name: 'Нарушения', rows, columnWidths: [], freezeRows: 1, merges: [], dataBars: [], tabColor: null };
  ourSheetXml(sheet, styles, stream);
  return Buffer.concat(pieces).toString('utf8');
}

describe('our sheet as worksheet XML', () => {
  it('keeps the spaces a school typed at either end of a text, and only there asks to preserve them', () => {
    const xml = sheetXml([
      [
        { v: ' МБОУ СОШ №\u00A03' },
        { v: 'МБОУ СОШ №\u00A03\u00A0' },
        { v: 'Гимназия\t' },
        { v: 'Лицей «Интеллект»' },
        { v: 'ООШ  с. Ивановка' },
      ],
    ]);
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t xml:space="preserve"> МБОУ СОШ №\u00A03</t></is></c>');
    expect(xml).toContain('<c r="B1" t="inlineStr"><is><t xml:space="preserve">МБОУ СОШ №\u00A03\u00A0</t></is></c>');
    expect(xml).toContain('<t xml:space="preserve">Гимназия\t</t>');
    expect(xml).toContain('<c r="D1" t="inlineStr"><is><t>Лицей «Интеллект»</t></is></c>');
    expect(xml).toContain('<c r="E1" t="inlineStr"><is><t>ООШ  с. Ивановка</t></is></c>');
  });

  it('gives every cell of the same look the same style, and different looks different ones', () => {
    const styles = new StyleBook(STYLES_XML);
    const xml = sheetXml(
      [
        [
          { v: 'Школа', bold: true },
          { v: 'Статус', bold: true },
        ],
        [{ v: 'МКОУ «СОШ № 2»' }, { v: 'не выполнено', tone: 'bad' }],
        [{ v: 'МКОУ «СОШ № 5»' }, { v: 'выполнено', tone: 'good' }],
        [{ v: 'МКОУ «СОШ № 7»' }, { v: 'не выполнено', tone: 'bad' }],
        [
          { v: 0.5, numFmt: '0.0%' },
          { v: 0.75, numFmt: '0.0%' },
        ],
      ],
      styles,
    );
    const styleOf = (ref: string) => new RegExp(`<c r="${ref}"( s="(\\d+)")?`).exec(xml)?.[2] ?? '0';
    expect(styleOf('A1')).toBe(styleOf('B1'));
    expect(styleOf('B2')).toBe(styleOf('B4'));
    expect(new Set([styleOf('A1'), styleOf('B2'), styleOf('B3'), styleOf('A5')]).size).toBe(4);
    expect(styleOf('A2')).toBe('0');
    expect(styleOf('A5')).toBe(styleOf('B5'));
    expect(styles.toXml()).toContain('formatCode="0.0%"');
  });

  it('counts as space exactly what a regular expression’s \\s does', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
    expect(isSpace(NaN)).toBe(false);
  });
});
