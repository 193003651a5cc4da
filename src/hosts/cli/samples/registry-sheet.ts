import type { Workbook } from 'exceljs';
import { SampleSchool } from './sample-schools';
import { styleHeader, widths } from './sample-sheet-tools';

/** «Справочник ОО»: ИНН, name, director, e-mail, flagship page — what letters need. */
export function addRegistrySheet(wb: Workbook, schools: SampleSchool[]): void {
  const ws = wb.addWorksheet('Справочник ОО');
  ws.addRow(['№ п/п', 'Наименование ОО', 'ИНН', 'ФИО директора', 'Электронная почта', 'Флагманский госпаблик']);
  styleHeader(ws, [1], 6);
  for (const s of schools) ws.addRow([s.n, s.name, s.inn, s.director, s.email, s.flagship ? 'да' : 'нет']);
  widths(ws, [6, 52, 13, 34, 24, 12]);
}
