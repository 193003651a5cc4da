import { openWorkbook } from '../../../src/adapters/office/open-workbook';
import { readGrids } from '../../../src/adapters/office/read-grids';
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
});
