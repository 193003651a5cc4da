import type { Workbook } from 'exceljs';
import { SampleSchool } from './sample-schools';
import { styleHeader, utcDate, widths } from './sample-sheet-tools';

/** Report deadlines of the municipal plan 2025: item → the date schools must send information by. */
const REPORTS: [item: string, deadline: [number, number, number]][] = [
  ['2.3', [2025, 2, 7]],
  ['2.6', [2025, 2, 14]],
  ['3.1', [2025, 2, 14]],
  ['3.4', [2025, 2, 14]],
  ['3.7', [2025, 2, 14]],
];

/**
 * The shared table schools fill in themselves: one date column per report,
 * named with the roadmap item. Dates arrive as real dates and as typed text,
 * some late, some never entered; a note column holds a phone number.
 */
export function addReportsSheet(wb: Workbook, schools: SampleSchool[]): void {
  const ws = wb.addWorksheet('Отчёты ОО');
  ws.getCell('A1').value = 'Сведения о направлении информации в управление образования (заполняется ОО)';
  ws.getCell('A1').font = { bold: true };
  ws.getRow(3).values = [
    '№',
    'Наименование ОО',
    'ИНН',
    ...REPORTS.map(([item]) => `Дата направления информации в УО (п. ${item})`),
    'Контактный телефон ответственного',
  ];
  styleHeader(ws, [3], 3 + REPORTS.length + 1);
  schools.forEach((s, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = s.n;
    row.getCell(2).value = s.alias;
    row.getCell(3).value = s.inn;
    REPORTS.forEach(([, [y, m, d]], j) => {
      const cell = row.getCell(4 + j);
      const pattern = s.diligent ? 3 : (s.n * 7 + j * 3) % 11;
      if (pattern === 0) return; // never sent
      const daysEarly = pattern <= 8 ? pattern - 1 : -(pattern - 7); // 0..7 days early, or 2..3 days late
      const sent = new Date(Date.UTC(y, m - 1, d - daysEarly));
      if ((s.n + j) % 4 === 0) {
        cell.value = `${String(sent.getUTCDate()).padStart(2, '0')}.${String(sent.getUTCMonth() + 1).padStart(2, '0')}.${sent.getUTCFullYear()}`;
      } else {
        cell.value = utcDate(sent.getUTCFullYear(), sent.getUTCMonth() + 1, sent.getUTCDate());
        cell.numFmt = 'dd.mm.yyyy';
      }
    });
    row.getCell(4 + REPORTS.length).value = `+7 (473) 2${String(10 + s.n).padStart(2, '0')}-${String(30 + s.n).padStart(2, '0')}-17`;
  });
  widths(ws, [5, 52, 13, 16, 16, 16, 16, 16, 22]);
}
