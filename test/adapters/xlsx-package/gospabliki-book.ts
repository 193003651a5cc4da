import { writeFileSync } from 'node:fs';
import { Workbook } from 'exceljs';

/**
 * A school-filled «Госпаблики» table as a department lays it out: a title with the date, a
 * two-row header under merged cells, and per school its VK page's four marks and its posts a
 * week (the count that must be at least 3). Written to `path` as .xlsx.
 */
export async function writeGospablikiBook(path: string, schools: readonly (readonly [string, number])[]): Promise<void> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Госпаблики');
  ws.addRow(['Мониторинг госпабликов по состоянию на 03.03.2025']);
  ws.addRow([]);
  ws.addRow(['Наименование ОО', 'Госпаблик в VK', null, null, null, null]);
  ws.addRow([null, 'название', 'контакты', 'обложка', 'логотип', 'публикаций в неделю']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:F3');
  for (const [school, posts] of schools) ws.addRow([school, 'да', 'да', 'да', 'да', posts]);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}
