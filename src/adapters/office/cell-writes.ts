import { PlannedCell } from '../../core/plan/workbook-plan';

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

// Excel refuses string literals longer than 255 characters inside a formula.
const MAX_LINK_TEXT = 255;

/** A link to a source cell as a HYPERLINK formula: part of the one matrix write, not a request per cell. */
function linkFormula(cell: PlannedCell): string | null {
  if (!cell.link || cell.v === null) return null;
  const text = String(cell.v);
  if (text.length > MAX_LINK_TEXT) return null;
  const target = `#'${cell.link.sheet.replace(/'/g, "''")}'!${cell.link.cell}`;
  const shown = typeof cell.v === 'number' ? String(cell.v) : `"${text.replace(/"/g, '""')}"`;
  // Formulas are written in English with «,» whatever the user's locale (not formulasLocal).
  return `=HYPERLINK("${target.replace(/"/g, '""')}",${shown})`;
}

/** What goes into `range.formulas`: plain values, except links. */
export function cellFormula(cell: PlannedCell | undefined): string | number | boolean {
  return (cell && linkFormula(cell)) ?? cellValue(cell);
}

export function cellNumberFormat(cell: PlannedCell | undefined): string {
  if (!cell) return 'General';
  // A link is our own formula: a text format would show it as text.
  if (linkFormula(cell)) return cell.numFmt ?? 'General';
  if (typeof cell.v === 'string') return TEXT_FORMAT;
  return cell.numFmt ?? 'General';
}
