/**
 * A sheet as the adapters hand it to the core: plain values, no host objects.
 * Both adapters (Office.js and exceljs) normalise into this shape:
 * - numbers stay numbers; dates become Excel serial numbers (the number format
 *   tells they are dates), exactly as Office.js `Range.values` returns them;
 * - formulas are represented by their cached result;
 * - error values are strings such as "#DIV/0!" or "#ДЕЛ/0!";
 * - empty cells are null.
 */
export type CellValue = string | number | boolean | null;

export interface MergedRange {
  /** 1-based absolute sheet coordinates, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Grid {
  sheet: string;
  /** Row-major values of the used range; values[0][0] sits at (originRow, originCol). */
  values: CellValue[][];
  /** Same shape as values, or empty when the host did not give formats. */
  numberFormats: string[][];
  /** 1-based row and column of values[0][0]. */
  originRow: number;
  originCol: number;
  merges: MergedRange[];
  /** Sheet is hidden in the workbook (hidden sheets are still read, e.g. a registry). */
  hidden?: boolean;
}

export interface WorkbookGrids {
  /** File name or workbook title, for messages and output names. */
  name: string;
  grids: Grid[];
}

/** 1-based column number → letters ("A", "Z", "AA"). */
export function columnLetters(col: number): string {
  // A region's «Нарушения» names a million cells: the first 702 columns (A…ZZ) are spelt once.
  if (col > 0 && col < LETTERS.length) return (LETTERS[col] ??= spell(col));
  return spell(col);
}

const LETTERS: (string | undefined)[] = new Array<string | undefined>(703);

function spell(col: number): string {
  let n = col;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based (row, col) → "C7". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "C7" → { row: 7, col: 3 }. */
export function parseA1(address: string): { row: number; col: number } {
  // Plain «E4» (what the check itself writes) by its characters; anything else by the pattern.
  let i = 0;
  let col = 0;
  for (let c = address.charCodeAt(0); c >= 65 && c <= 90; c = address.charCodeAt(++i)) col = col * 26 + (c - 64);
  if (i > 0 && i < address.length && i <= 3) {
    let row = 0;
    let j = i;
    for (let c = address.charCodeAt(j); c >= 48 && c <= 57; c = address.charCodeAt(++j)) row = row * 10 + (c - 48);
    if (j === address.length && j - i <= 15) return { row, col };
  }
  return parseA1Pattern(address);
}

function parseA1Pattern(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!m) throw new Error(`Not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}
