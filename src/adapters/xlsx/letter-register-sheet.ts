import type { Workbook } from 'exceljs';
import { LETTER_REGISTER_HEADERS } from '../../core/letters/letter-register';
import { LetterRegisterRow, OWN_SHEETS } from '../../core/plan/workbook-plan';

/**
 * «Реестр писем» is the department's journal: rows of earlier runs are never
 * rewritten, this run's letters are appended under them. Outgoing numbers
 * are decided by the letters module (it reads this sheet first).
 */
export function appendLetterRegister(workbook: Workbook, rows: LetterRegisterRow[]): void {
  if (rows.length === 0) return;
  let ws = workbook.getWorksheet(OWN_SHEETS.letterRegister);
  if (!ws) {
    ws = workbook.addWorksheet(OWN_SHEETS.letterRegister, { properties: { tabColor: { argb: 'FF7030A0' } } });
    ws.addRow([...LETTER_REGISTER_HEADERS]).font = { bold: true };
    [14, 12, 44, 13, 22, 60].forEach((w, i) => (ws!.getColumn(i + 1).width = w));
  }
  let last = ws.rowCount;
  while (last > 1 && !ws.getRow(last).hasValues) last--;
  rows.forEach((r, i) => {
    // Plain strings only: a school name that looks like a formula stays text.
    ws!.getRow(last + 1 + i).values = [r.number, r.date, r.school, r.inn ?? '', r.items, r.file];
  });
}
