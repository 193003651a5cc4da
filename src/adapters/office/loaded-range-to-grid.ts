import { CellValue, Grid } from '../../core/model/grid';
import { parseArea, splitAreas } from './range-address';

/** What one sheet's read brings back from Office.js, already loaded. */
export interface LoadedSheet {
  name: string;
  hidden: boolean;
  /** Null when the sheet is empty (getUsedRangeOrNullObject gave a null object). */
  used: { rowIndex: number; columnIndex: number; values: unknown[][]; numberFormat: unknown[][] } | null;
  /** RangeAreas.address of the merged areas, or null (none, or the host lacks ExcelApi 1.13). */
  mergedAddress: string | null;
}

/**
 * Office.js returns "" for empty cells and may return numbers, booleans or
 * error strings; the core wants null for empty, as the exceljs adapter gives.
 */
function toCellValue(raw: unknown): CellValue {
  if (raw === '' || raw === undefined || raw === null) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  return String(raw);
}

export function loadedSheetToGrid(sheet: LoadedSheet): Grid {
  const merges = sheet.mergedAddress ? splitAreas(sheet.mergedAddress).map(parseArea) : [];
  if (!sheet.used) {
    return { sheet: sheet.name, values: [], numberFormats: [], originRow: 1, originCol: 1, merges, hidden: sheet.hidden };
  }
  return {
    sheet: sheet.name,
    values: sheet.used.values.map((row) => row.map(toCellValue)),
    numberFormats: sheet.used.numberFormat.map((row) => row.map((f) => (typeof f === 'string' ? f : 'General'))),
    // Office.js indexes are 0-based; Grid is 1-based like A1 addresses.
    originRow: sheet.used.rowIndex + 1,
    originCol: sheet.used.columnIndex + 1,
    merges,
    hidden: sheet.hidden,
  };
}
