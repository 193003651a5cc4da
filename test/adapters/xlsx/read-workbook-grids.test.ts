import JSZip from 'jszip';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read-workbook-grids';
import { sourceBookBytes } from './source-book';

describe('readWorkbookGrids: cells as the Grid contract wants them', () => {
  it('gives numbers, text, cached formula results, errors, dates as serials, and merges', async () => {
    const read = await readWorkbookGrids(await sourceBookBytes(), 'monitoring.xlsx');
    if (!read.ok) throw new Error(read.reason);
    const [fgis, reports] = read.book.grids;
    expect(fgis.sheet).toBe('ФГИС МШ');
    expect([fgis.originRow, fgis.originCol]).toEqual([1, 1]);
    expect(fgis.values[0][0]).toBe('Мониторинг регистрации во ФГИС «Моя школа» по состоянию на 03.03.2025');
    expect(fgis.values[4]).toEqual([1, 'МБОУ «СОШ № 1»', '1001000001', 30, 30, 1, 0]);
    expect(fgis.values[5]).toEqual([2, 'МБОУ СОШ №12', '1001000012', '21', 18, 0.857142857, null]);
    // Rich text becomes its text; an error result becomes the error string.
    expect(fgis.values[6]).toEqual([3, '=HYPERLINK("http://x","y")', '1001000099', 12, 'н/д', '#VALUE!', null]);
    expect(fgis.numberFormats[4][5]).toBe('0.0%');
    expect(fgis.merges).toEqual(
      expect.arrayContaining([
        { top: 3, left: 4, bottom: 3, right: 6 },
        { top: 1, left: 1, bottom: 1, right: 6 },
      ]),
    );
    // The merged parent header's other cells are empty, as Office.js gives them.
    expect(fgis.values[2].slice(3)).toEqual(['Педагогические работники', null, null, null]);

    expect(reports.originRow).toBe(4);
    expect(reports.values[2][3]).toBe(45706); // 18.02.2025 as an Excel serial
    expect(reports.numberFormats[2][3]).toBe('dd.mm.yyyy');
    expect(reports.values[3][3]).toBe('13.02.2025');
    expect(reports.values[1][4]).toBe('сайт');
  });
});

describe('readWorkbookGrids: files that are not a readable .xlsx get one Russian line', () => {
  const reasonOf = async (bytes: Uint8Array) => {
    const read = await readWorkbookGrids(bytes, 'x.xlsx');
    return read.ok ? 'прочитан' : read.reason;
  };

  it('tells a password-protected workbook from an Excel 97–2003 one (both compound files)', async () => {
    const cfb = (stream: string) => {
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(new Uint8Array(Buffer.from(stream, 'utf16le')), 1024);
      return bytes;
    };
    expect(await reasonOf(cfb('EncryptionInfo'))).toMatch(/^книга защищена паролем на открытие: .*снимите пароль/);
    expect(await reasonOf(cfb('Workbook'))).toMatch(/^книга сохранена в старом формате Excel 97–2003 \(\.xls\)/);
  });

  it('says a CSV renamed to .xlsx is a text file', async () => {
    expect(await reasonOf(new TextEncoder().encode('ИНН;ОО;Педагогов\n1001000001;МБОУ «СОШ № 1»;30\n'))).toMatch(/текстовый файл/);
  });

  it('says a truncated or foreign zip is damaged', async () => {
    const full = await sourceBookBytes();
    expect(await reasonOf(full.slice(0, 300))).toMatch(/повреждён/);
    const zip = new JSZip();
    zip.file('readme.txt', 'не книга');
    expect(await reasonOf(await zip.generateAsync({ type: 'uint8array' }))).toMatch(/не книга Excel/);
  });

  it('says a workbook with a part that does not parse is damaged, and to save it again', async () => {
    const zip = await JSZip.loadAsync(await sourceBookBytes());
    zip.file('xl/styles.xml', '<styleSheet><not-closed>');
    expect(await reasonOf(await zip.generateAsync({ type: 'uint8array' }))).toMatch(/^книга повреждена: .*сохраните заново/);
  });

  it('calls an OpenDocument spreadsheet by its name', async () => {
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    zip.file('content.xml', '<office:document-content/>');
    expect(await reasonOf(await zip.generateAsync({ type: 'uint8array' }))).toMatch(/OpenDocument \(\.ods\)/);
  });

  it('says an empty file is empty', async () => {
    expect(await reasonOf(new Uint8Array(0))).toMatch(/пуст/);
  });

  it('reads a workbook with one blank sheet as one empty grid', async () => {
    const { Workbook } = await import('exceljs');
    const wb = new Workbook();
    wb.addWorksheet('Лист1');
    const read = await readWorkbookGrids(new Uint8Array(await wb.xlsx.writeBuffer()), 'пустая.xlsx');
    expect(read.ok && read.book.grids.map((g) => [g.sheet, g.values.length])).toEqual([['Лист1', 0]]);
  });
});
