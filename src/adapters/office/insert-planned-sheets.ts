import { LetterRegisterRow, OWN_SHEETS, PlannedSheet } from '../../core/plan/workbook-plan';
import { ACTION_OVERHEAD_BYTES, RequestBudget, estimateBytes } from './request-budget';

/**
 * Queues the product's sheets as one compressed .xlsx inserted by
 * `workbook.insertWorksheetsFromBase64` (ExcelApi 1.13): a region's «Сводка»
 * and «Нарушения» are ~25 MB of JSON written cell by cell, but ~3 MB as a
 * base64 file, so the whole write stays one request under Excel on the web's 5 MB.
 * A register that does not exist yet is in the file too (`newRegister`).
 * Returns the inserted sheets' names, in tab order (they go to the end).
 */
export async function insertPlannedSheets(
  context: Excel.RequestContext,
  sheets: readonly PlannedSheet[],
  newRegister: readonly LetterRegisterRow[],
  budget: RequestBudget,
): Promise<string[]> {
  // The same lazy chunk as the browser host's .xlsx reader: exceljs loads only when a plan needs it.
  const { plannedSheetsBase64 } = await import(/* webpackChunkName: "xlsx" */ './planned-sheets-xlsx');
  const base64 = await plannedSheetsBase64(sheets, newRegister);
  const names = [...sheets.map((s) => s.name), ...(newRegister.length > 0 ? [OWN_SHEETS.letterRegister] : [])];
  await budget.reserve(base64.length + estimateBytes(names) + ACTION_OVERHEAD_BYTES);
  // Named, so that a sheet the writer might add one day is never inserted unasked.
  context.workbook.insertWorksheetsFromBase64(base64, { sheetNamesToInsert: names, positionType: 'End' });
  return names;
}
