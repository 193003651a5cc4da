import { PlannedCell, PlannedSheet } from '../../core/plan/workbook-plan';
import { cellFormula, cellNumberFormat } from './cell-writes';
import { ACTION_OVERHEAD_BYTES, RequestBudget, estimateBytes } from './request-budget';
import { applyLook, groupStyles } from './style-areas';

// Excel measures column width in points; one character of Calibri 11 is about 5.7 pt.
const POINTS_PER_CHAR = 5.7;

interface RowBlock {
  start: number;
  end: number;
  bytes: number;
}

/** What one row costs in the direct write: its formulas and number formats (styles go by area, styleBytes). */
function rowBytes(padded: (PlannedCell | undefined)[]): number {
  return estimateBytes(padded.map(cellFormula)) + estimateBytes(padded.map(cellNumberFormat));
}

// A look is up to five queued writes on the areas (fill, font colour, bold, wrap) plus getRanges itself.
const LOOK_OVERHEAD_BYTES = ACTION_OVERHEAD_BYTES * 5;

function styleBytes(addresses: readonly string[]): number {
  return addresses.reduce((sum, a) => sum + LOOK_OVERHEAD_BYTES + estimateBytes(a), 0);
}

function sheetWidth(planned: PlannedSheet): number {
  return planned.rows.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Row blocks whose writes each fit the budget: one block unless the sheet is huge. */
function rowBlocks(rows: PlannedCell[][], width: number, limit: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let block: RowBlock = { start: 0, end: 0, bytes: 0 };
  rows.forEach((row, i) => {
    const bytes = rowBytes(Array.from({ length: width }, (_, c) => row[c]));
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

/**
 * The request bytes writing these sheets directly would take, counted only
 * up to `cap` (past it the answer is just «more than cap»): the adapter
 * chooses between the direct write and inserting a file by it.
 */
export function directWriteBytes(sheets: readonly PlannedSheet[], cap: number): number {
  let total = 0;
  for (const planned of sheets) {
    const width = sheetWidth(planned);
    total += ACTION_OVERHEAD_BYTES * (8 + planned.columnWidths.length + planned.merges.length + planned.dataBars.length);
    for (const group of groupStyles(planned.rows)) total += styleBytes(group.addresses);
    for (const row of planned.rows) {
      if (total > cap) return total;
      total += rowBytes(Array.from({ length: width }, (_, c) => row[c]));
    }
  }
  return total;
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
  const width = sheetWidth(planned);
  for (const block of rowBlocks(planned.rows, width, budget.limitBytes * 0.9)) {
    await budget.reserve(block.bytes + ACTION_OVERHEAD_BYTES * 3);
    const rows = planned.rows.slice(block.start, block.end).map((r) => Array.from({ length: width }, (_, c) => r[c]));
    const range = sheet.getRangeByIndexes(block.start, 0, rows.length, width);
    // Text format first, then the contents: the order that keeps "=…" strings as text.
    range.numberFormat = rows.map((r) => r.map(cellNumberFormat));
    // `formulas` takes plain values too; only our HYPERLINK links are formulas.
    range.formulas = rows.map((r) => r.map(cellFormula));
  }
  for (const group of groupStyles(planned.rows)) {
    for (const address of group.addresses) {
      await budget.reserve(LOOK_OVERHEAD_BYTES + estimateBytes(address));
      applyLook(sheet.getRanges(address).format, group.look);
    }
  }
  planned.columnWidths.forEach((chars, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = Math.round(chars * POINTS_PER_CHAR);
  });
  for (const address of planned.merges) sheet.getRange(address).merge(false);
  for (const address of planned.dataBars) sheet.getRange(address).conditionalFormats.add('DataBar');
  for (const address of planned.iconSets ?? []) addArrows(sheet.getRange(address));
  if (planned.freezeRows > 0) sheet.freezePanes.freezeRows(planned.freezeRows);
  return sheet;
}

/** ▼ below zero, ► at zero, ▲ above: the same thresholds as the .xlsx rule (changes are rounded to a tenth). */
function addArrows(range: Excel.Range): void {
  const format = range.conditionalFormats.add('IconSet');
  format.iconSet.style = 'ThreeArrows';
  format.iconSet.criteria = [
    {} as Excel.ConditionalIconCriterion,
    { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=-0.05' },
    { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=0.05' },
  ];
}
