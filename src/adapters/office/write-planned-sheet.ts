import { PlannedCell, PlannedSheet } from '../../core/plan/workbook-plan';
import { cellFormula, cellNumberFormat, cellProperties, hasStyle } from './cell-writes';
import { ACTION_OVERHEAD_BYTES, RequestBudget, estimateBytes } from './request-budget';

// Excel measures column width in points; one character of Calibri 11 is about 5.7 pt.
const POINTS_PER_CHAR = 5.7;

interface RowBlock {
  start: number;
  end: number;
  bytes: number;
}

/** Row blocks whose writes each fit the budget: one block unless the sheet is huge. */
function rowBlocks(rows: PlannedCell[][], width: number, limit: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let block: RowBlock = { start: 0, end: 0, bytes: 0 };
  rows.forEach((row, i) => {
    const padded = Array.from({ length: width }, (_, c) => row[c]);
    const bytes =
      estimateBytes(padded.map(cellFormula)) +
      estimateBytes(padded.map(cellNumberFormat)) +
      (padded.some(hasStyle) ? estimateBytes(padded.map(cellProperties)) : 0);
    if (block.end > block.start && block.bytes + bytes > limit) {
      blocks.push(block);
      block = { start: i, end: i, bytes: 0 };
    }
    block.end = i + 1;
    block.bytes += bytes;
  });
  if (block.end > block.start) blocks.push(block);
  return blocks;
}

/** Queues a new sheet with everything the plan says about it; syncs only through the budget. */
export async function writePlannedSheet(
  context: Excel.RequestContext,
  planned: PlannedSheet,
  budget: RequestBudget,
): Promise<Excel.Worksheet> {
  await budget.reserve(ACTION_OVERHEAD_BYTES * 4 + estimateBytes(planned.merges) + estimateBytes(planned.dataBars));
  const sheet = context.workbook.worksheets.add(planned.name);
  if (planned.tabColor) sheet.tabColor = `#${planned.tabColor}`;
  const width = Math.max(0, ...planned.rows.map((r) => r.length));
  for (const block of rowBlocks(planned.rows, width, budget.limitBytes * 0.9)) {
    await budget.reserve(block.bytes + ACTION_OVERHEAD_BYTES * 3);
    const rows = planned.rows.slice(block.start, block.end).map((r) => Array.from({ length: width }, (_, c) => r[c]));
    const range = sheet.getRangeByIndexes(block.start, 0, rows.length, width);
    // Text format first, then the contents: the order that keeps "=…" strings as text.
    range.numberFormat = rows.map((r) => r.map(cellNumberFormat));
    // `formulas` takes plain values too; only our HYPERLINK links are formulas.
    range.formulas = rows.map((r) => r.map(cellFormula));
    if (rows.some((r) => r.some(hasStyle))) range.setCellProperties(rows.map((r) => r.map(cellProperties)));
  }
  planned.columnWidths.forEach((chars, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = Math.round(chars * POINTS_PER_CHAR);
  });
  for (const address of planned.merges) sheet.getRange(address).merge(false);
  for (const address of planned.dataBars) sheet.getRange(address).conditionalFormats.add('DataBar');
  if (planned.freezeRows > 0) sheet.freezePanes.freezeRows(planned.freezeRows);
  return sheet;
}
