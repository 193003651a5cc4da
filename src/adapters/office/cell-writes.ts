import { PlannedCell, TONE_COLORS } from '../../core/plan/workbook-plan';

/**
 * Office.js parses strings written to `values` the way it parses typing:
 * "=1+2" becomes a formula, "001" becomes 1, "1/2" a date. A school named
 * "=HYPERLINK(…)" must stay text, so every string cell gets the text format
 * '@', queued before its value.
 */
export const TEXT_FORMAT = '@';

/** Strings a spreadsheet would read as a formula (the injection case). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

export function cellValue(cell: PlannedCell | undefined): string | number | boolean {
  const v = cell?.v;
  return v === null || v === undefined ? '' : v;
}

export function cellNumberFormat(cell: PlannedCell | undefined): string {
  if (!cell) return 'General';
  if (typeof cell.v === 'string') return TEXT_FORMAT;
  return cell.numFmt ?? 'General';
}

/** setCellProperties data for one cell: only what the plan asks for, {} otherwise. */
export function cellProperties(cell: PlannedCell | undefined): Excel.SettableCellProperties {
  if (!cell || (!cell.tone && !cell.bold && !cell.wrap)) return {};
  const format: Excel.CellPropertiesFormat = {};
  if (cell.tone) {
    format.fill = { color: `#${TONE_COLORS[cell.tone].fill}` };
    format.font = { color: `#${TONE_COLORS[cell.tone].font}` };
  }
  if (cell.bold) format.font = { ...format.font, bold: true };
  if (cell.wrap) format.wrapText = true;
  return { format };
}

export function hasStyle(cell: PlannedCell | undefined): boolean {
  return Boolean(cell && (cell.tone || cell.bold || cell.wrap));
}
