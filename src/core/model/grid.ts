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

/** "C7" → { row: 7, col: 3 }; "$C$7", "c7" and " C7 " too. Throws on anything else. */
export function parseA1(address: string): { row: number; col: number } {
  const cell = readA1(address) ?? readA1(address.trim());
  if (!cell) throw new Error(`Not an A1 address: ${address}`);
  return cell;
}

/**
 * "C7", "$C$7", "c7" → { row: 7, col: 3 }; null when it is not one cell's address. By its
 * characters, not a pattern: a region's sheets and «Нарушения» name a million cells.
 */
export function readA1(address: string): { row: number; col: number } | null {
  let i = address.charCodeAt(0) === 36 ? 1 : 0; // $
  let col = 0;
  for (let c = address.charCodeAt(i); ; c = address.charCodeAt(++i)) {
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (col === 0) return null;
  if (address.charCodeAt(i) === 36) i++;
  const digits = i;
  let row = 0;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + (c - 48);
  }
  return i > digits ? { row, col } : null;
}
