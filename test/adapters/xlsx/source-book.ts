import { Workbook } from 'exceljs';

/**
 * A small monitoring book the way a УО specialist gets it: a title with the
 * date, a two-row merged header, numbers as text, a share with a formula,
 * dates as serials and as text, rich text, a link, an error and an ИТОГО row.
 */
export async function sourceBookBytes(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('ФГИС МШ');
  ws.getCell('A1').value = 'Мониторинг регистрации во ФГИС «Моя школа» по состоянию на 03.03.2025';
  ws.mergeCells('A1:F1');
  ws.getRow(3).values = ['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогические работники', null, null];
  ws.mergeCells('D3:F3');
  ws.getRow(4).values = [null, null, null, 'всего (по ОО-1)', 'зарегистрированы', 'доля'];
  ws.getRow(5).values = [1, 'МБОУ «СОШ № 1»', '1001000001', 30, 30, { formula: 'E5/D5', result: 1 } as never];
  ws.getRow(6).values = [2, 'МБОУ СОШ №12', '1001000012', '21', 18, { formula: 'E6/D6', result: 0.857142857 } as never];
  ws.getRow(7).values = [
    3,
    { richText: [{ text: '=HYPERLINK("http://x","y")' }] } as never,
    '1001000099',
    12,
    'н/д',
    { formula: 'E7/D7', result: { error: '#VALUE!' } } as never,
  ];
  ws.getRow(8).values = [
    'ИТОГО',
    null,
    null,
    { formula: 'SUM(D5:D7)', result: 63 } as never,
    { formula: 'SUM(E5:E7)', result: 48 } as never,
    null,
  ];
  // A computed count whose cached result is 0: it must read as 0, not as an empty cell.
  ws.getCell('G5').value = { formula: 'D5-E5', result: 0 } as never;
  ws.getCell('E6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.getCell('E6').font = { name: 'Times New Roman', size: 12, italic: true };
  ws.getCell('F5').numFmt = '0.0%';
  ws.getCell('F6').numFmt = '0.0%';

  const reports = wb.addWorksheet('Отчёты ОО');
  reports.getRow(4).values = ['№', 'ОО', 'ИНН', 'Дата направления информации в УО (п. 2.6)', 'Контакт'];
  reports.getRow(5).values = [1, 'МБОУ «СОШ № 1»', '1001000001', null, { text: 'сайт', hyperlink: 'https://school1.example.ru' } as never];
  reports.getRow(6).values = [2, 'МБОУ «СОШ № 12»', '1001000012', new Date(Date.UTC(2025, 1 /* Feb */, 18)), '+7 999 123-45-67'];
  reports.getCell('D6').numFmt = 'dd.mm.yyyy';
  reports.getRow(7).values = [3, 'Гимназия № 2', '1001000002', '13.02.2025', null];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
