import { openWorkbook } from '../../../src/adapters/office/open-workbook';
import { CELLS_PER_SYNC, readGrids } from '../../../src/adapters/office/read-grids';
import { FakeExcel } from './fake-excel';

describe('reading a workbook through Office.js', () => {
  it('gives the core grids with 1-based origins, null for empty cells, merges and hidden sheets, in one sync after the sheet list', async () => {
    const excel = new FakeExcel();
    excel.addSheet(
      'ФГИС МШ',
      [
        ['Мониторинг ФГИС «Моя школа» по состоянию на 03.03.2025', null, null],
        [null, null, null],
        ['Наименование ОО', 'Педагогические работники', null],
        [null, 'всего (по ОО-1)', 'зарегистрированы'],
        ['МБОУ «СОШ № 1»', 42, '40'],
        ['МБОУ «СОШ № 12»', 31, 'н/д'],
      ],
      { origin: 'B2', merges: ['C4:D4', 'B4:B5'], numberFormats: [[], [], [], [], ['General', '0', '@']] },
    );
    excel.addSheet('Справочник ОО', [['Наименование ОО', 'ИНН']], { hidden: true });
    excel.addSheet('Пустой', []);

    const snapshot = await openWorkbook(excel.context);
    expect(excel.syncs).toBe(1);
    const book = await readGrids(excel.context, snapshot, 'мониторинг.xlsx', { merges: true });
    expect(excel.syncs).toBe(2);

    const [fgis, registry, empty] = book.grids;
    expect(fgis.originRow).toBe(2);
    expect(fgis.originCol).toBe(2);
    expect(fgis.values[4]).toEqual(['МБОУ «СОШ № 1»', 42, '40']);
    expect(fgis.values[1]).toEqual([null, null, null]);
    expect(fgis.numberFormats[4]).toEqual(['General', '0', '@']);
    expect(fgis.merges).toEqual([
      { top: 4, left: 3, bottom: 4, right: 4 },
      { top: 4, left: 2, bottom: 5, right: 2 },
    ]);
    expect(registry.hidden).toBe(true);
    expect(empty.values).toEqual([]);
  });

  it('reads without merges on a host older than ExcelApi 1.13', async () => {
    const excel = new FakeExcel();
    excel.addSheet(
      'Сферум',
      [
        ['Наименование ОО', 'Педагогов'],
        ['МБОУ «СОШ № 1»', 3],
      ],
      { merges: ['A1:B1'] },
    );
    const book = await readGrids(excel.context, await openWorkbook(excel.context), 'книга', { merges: false });
    expect(book.grids[0].merges).toEqual([]);
  });

  it('reads a book too large for one 5 MB response in row blocks, every response under the limit, nothing lost', async () => {
    const excel = new FakeExcel();
    const header = ['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогов всего (по ОО-1)', 'Зарегистрировано', 'Активные', 'Примечание'];
    const rows = Array.from({ length: 40_000 }, (_, i) => [
      i + 1,
      `МБОУ «Средняя общеобразовательная школа № ${i + 1} имени Героя Советского Союза»`,
      String(3625000000 + i),
      30 + (i % 20),
      25 + (i % 20),
      i % 7 === 0 ? 'н/д' : 20,
      'данные подтверждены руководителем образовательной организации',
    ]);
    excel.addSheet('Регион', [header, ...rows]);
    excel.addSheet('Справочник ОО', [
      ['Наименование ОО', 'ИНН'],
      ['МБОУ «СОШ № 1»', '3625010008'],
    ]);

    const snapshot = await openWorkbook(excel.context);
    const book = await readGrids(excel.context, snapshot, 'регион.xlsx', { merges: true });

    // The one-shot read was refused; then dimensions, then blocks of at most CELLS_PER_SYNC cells.
    expect(excel.responseBytes[1]).toBeGreaterThan(5 * 1024 * 1024);
    const answered = excel.responseBytes.slice(2).filter((b) => b <= 5 * 1024 * 1024);
    expect(answered.length).toBeGreaterThanOrEqual(1 + Math.ceil((40_001 * 7) / CELLS_PER_SYNC));
    const [region, registry] = book.grids;
    expect(region.values).toHaveLength(40_001);
    expect(region.values[40_000]).toEqual([
      40_000,
      'МБОУ «Средняя общеобразовательная школа № 40000 имени Героя Советского Союза»',
      '3625039999',
      49,
      44,
      20,
      'данные подтверждены руководителем образовательной организации',
    ]);
    expect(registry.values).toEqual([
      ['Наименование ОО', 'ИНН'],
      ['МБОУ «СОШ № 1»', '3625010008'],
    ]);
  });

  it('splits a block in halves when long texts still make its response too large', async () => {
    const excel = new FakeExcel();
    excel.responseLimit = 1024 * 1024;
    const note = 'Школа сообщила, что данные будут уточнены после сверки с РИС «Электронная школа». '.repeat(4);
    excel.addSheet('Примечания', [
      ['Наименование ОО', 'Примечание'],
      ...Array.from({ length: 12_000 }, (_, i) => [`МБОУ «СОШ № ${i + 1}»`, note]),
    ]);
    const book = await readGrids(excel.context, await openWorkbook(excel.context), 'книга', { merges: false });
    expect(book.grids[0].values).toHaveLength(12_001);
    expect(book.grids[0].values[12_000]).toEqual(['МБОУ «СОШ № 12000»', note]);
    expect(excel.responseBytes.filter((b) => b > excel.responseLimit).length).toBeGreaterThanOrEqual(2);
  });
});
