import { PreparedWrite } from './prepare-write';
import { ACTION_OVERHEAD_BYTES, RequestBudget, estimateBytes } from './request-budget';

/**
 * Queues the product's sheets as one compressed .xlsx inserted by
 * `workbook.insertWorksheetsFromBase64` (ExcelApi 1.13): a region's «Сводка»
 * and «Нарушения» are ~25 MB of JSON written cell by cell, but ~3 MB as a
 * base64 file, so the whole write stays one request under Excel on the web's 5 MB.
 * The file was built beside the plan (prepare-write.ts, in the pane's worker);
 * a register that does not exist yet is in it too. The sheets go to the end.
 */
export async function insertPlannedSheets(
  context: Excel.RequestContext,
  insert: NonNullable<PreparedWrite['insert']>,
  budget: RequestBudget,
): Promise<void> {
  await budget.reserve(insert.base64.length + estimateBytes(insert.names) + ACTION_OVERHEAD_BYTES);
  // Named, so that a sheet the writer might add one day is never inserted unasked.
  context.workbook.insertWorksheetsFromBase64(insert.base64, { sheetNamesToInsert: insert.names, positionType: 'End' });
}
