import type { Cell } from 'exceljs';
import { CellValue } from '../../core/model/grid';

// exceljs ValueType numbers (the enum is not exported as a type-only import).
const MERGE = 1;
const FORMULA = 6;

/**
 * An exceljs cell as the Grid contract wants it, the way Office.js
 * `Range.values` gives it: dates as Excel serials, formulas as their cached
 * result, rich text and hyperlinks as their text, errors as "#DIV/0!",
 * merged cells empty except the top-left one.
 */
export function gridValue(cell: Cell): CellValue {
  if (cell.type === MERGE) return null;
  // `cell.value` of a formula drops a cached result of 0 (exceljs tests it for truth); `cell.result` keeps it.
  if (cell.type === FORMULA) return plain((cell as unknown as { result: unknown }).result);
  return plain(cell.value);
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return plain(v.result);
    if ('richText' in v && Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('error' in v) return String(v.error);
    if ('hyperlink' in v || 'text' in v) return plain(v.text);
  }
  return null;
}

/** exceljs reads dates as UTC midnights; Excel's 1900 serial counts days from 30.12.1899. */
export function dateToSerial(date: Date): number {
  const serial = date.getTime() / 86_400_000 + 25_569;
  // Keep times of day, drop the float noise of the division.
  return Math.round(serial * 1e8) / 1e8;
}
