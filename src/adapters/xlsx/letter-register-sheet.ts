import type { Workbook } from 'exceljs';
import { LETTER_REGISTER_DATE_COLUMNS, LETTER_REGISTER_HEADERS, registerRowCells } from '../../core/letters/letter-register';
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
    [14, 12, 44, 13, 22, 60, 12, 30].forEach((w, i) => (ws!.getColumn(i + 1).width = w));
  }
  // A register of an earlier version: the new columns get their headers where those cells are empty.
  const header = ws.getRow(1);
  LETTER_REGISTER_HEADERS.forEach((caption, i) => {
    const cell = header.getCell(i + 1);
    if (cell.value === null || cell.value === undefined || cell.value === '') {
      cell.value = caption;
      cell.font = { bold: true };
    }
  });
  let last = ws.rowCount;
  while (last > 1 && !ws.getRow(last).hasValues) last--;
  rows.forEach((r, i) => {
    // Plain strings only, and dates as Excel dates: a school name that looks like a formula stays text.
    const row = ws!.getRow(last + 1 + i);
    row.values = registerRowCells(r);
    for (const column of LETTER_REGISTER_DATE_COLUMNS) {
      const cell = row.getCell(column + 1);
      if (typeof cell.value === 'number') cell.numFmt = 'dd.mm.yyyy';
    }
  });
}
