import { isDateFormat } from '../../core/ingest/date-text';
import { CellValue, Grid, MergedRange, a1, readA1 } from '../../core/model/grid';
import { PackageLimits, TooLarge } from './limits';
import { parsePart } from './sax-part';

export interface SheetContext {
  sheet: string;
  hidden: boolean;
  strings: readonly string[];
  formats: readonly string[];
  date1904: boolean;
  limits: PackageLimits;
}

/** Days between the 1900 and the 1904 date systems: the core counts in the 1900 one. */
const DAYS_1904 = 1462;

/**
 * One worksheet part as a Grid, streamed: the filled cells are collected sparsely and laid
 * into the grid of their used range at the end. Values are what Office.js `Range.values`
 * gives: cached results of formulas, rich text as its text, errors as "#DIV/0!", dates as
 * 1900 serials, merged cells empty except the top-left one. Past a bound it throws TooLarge.
 */
export function readSheetGrid(bytes: Uint8Array, ctx: SheetContext): Grid[] {
  const rows: number[] = [];
  const cols: number[] = [];
  const values: CellValue[] = [];
  const styles: number[] = [];
  const merges: MergedRange[] = [];

  let row = 0;
  let col = 0;
  let cellRow = 0;
  let cellCol = 0;
  let type = '';
  let style = 0;
  let inCell = false;
  let target: 'v' | 't' | null = null;
  let phonetic = 0;
  let text = '';

  parsePart(bytes, {
    open(name, a) {
      if (name === 'row') {
        row = a.r ? Number(a.r) : row + 1;
        col = 0;
      } else if (name === 'c') {
        const ref = a.r ? decodeRef(a.r) : null;
        cellRow = ref ? ref.row : row;
        cellCol = ref ? ref.col : col + 1;
        col = cellCol;
        type = a.t ?? 'n';
        style = a.s ? Number(a.s) : 0;
        inCell = true;
        text = '';
      } else if (inCell && name === 'v') target = 'v';
      else if (inCell && name === 't' && phonetic === 0) target = 't';
      else if (inCell && name === 'rPh') phonetic++;
      else if (name === 'mergeCell' && a.ref) {
        const range = decodeRange(a.ref);
        if (range) merges.push(range);
      }
    },
    close(name) {
      if (name === 'v' || name === 't') target = null;
      else if (name === 'rPh') phonetic--;
      else if (name === 'c' && inCell) {
        inCell = false;
        const value = cellValue(type, text, ctx, style);
        if (value === null) return;
        if (typeof value === 'string' && value.length > ctx.limits.maxTextLength)
          throw new TooLarge('text', value.length, `${ctx.sheet}!${a1(cellRow, cellCol)}`);
        if (values.length >= ctx.limits.maxCellsPerSheet) throw new TooLarge('cells', values.length + 1, ctx.sheet);
        rows.push(cellRow);
        cols.push(cellCol);
        values.push(value);
        styles.push(style);
      }
    },
    text(chunk) {
      if (target) text += chunk;
    },
  });
  return clusters(rows, cols, values.length, ctx.limits.maxAreaPerSheet).map((cells) =>
    layOut(cells, rows, cols, values, styles, merges, ctx),
  );
}

/**
 * The cells in blocks the grid can hold: normally one block, the used range. A stray cell far
 * away (a value left at XFD1048576) would make that range billions of cells; the cells are then
 * split where rows, then columns, leave a wide empty gap, and each block becomes a grid of the
 * same sheet with its own origin, so the stray cell costs one cell.
 */
function clusters(rows: number[], cols: number[], count: number, maxArea: number): number[][] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (count === 0) return [all];
  const split = (cells: number[], by: number[]): number[][] => {
    const sorted = [...cells].sort((a, b) => by[a] - by[b]);
    const out: number[][] = [[sorted[0]]];
    for (let k = 1; k < sorted.length; k++) {
      if (by[sorted[k]] - by[sorted[k - 1]] > GAP) out.push([]);
      out[out.length - 1].push(sorted[k]);
    }
    return out;
  };
  if (areaOf(all, rows, cols) <= maxArea) return [all];
  return split(all, rows).flatMap((band) => (areaOf(band, rows, cols) <= maxArea ? [band] : split(band, cols)));
}

/** Empty rows or columns that separate blocks of a sheet. */
const GAP = 1000;

function areaOf(cells: number[], rows: number[], cols: number[]): number {
  let [top, left, bottom, right] = [Infinity, Infinity, 0, 0];
  for (const i of cells) {
    top = Math.min(top, rows[i]);
    bottom = Math.max(bottom, rows[i]);
    left = Math.min(left, cols[i]);
    right = Math.max(right, cols[i]);
  }
  return (bottom - top + 1) * (right - left + 1);
}

function cellValue(type: string, raw: string, ctx: SheetContext, style: number): CellValue {
  switch (type) {
    case 's': {
      const s = ctx.strings[Number(raw)];
      return s === undefined || s === '' ? null : s;
    }
    case 'inlineStr':
    case 'str':
      return raw === '' ? null : raw;
    case 'b':
      return raw === '' ? null : raw === '1' || raw === 'true';
    case 'e':
      return raw === '' ? null : raw;
    case 'd':
      return isoToSerial(raw);
    default: {
      if (raw === '') return null;
      const n = Number(raw);
      if (!Number.isFinite(n)) return null;
      return ctx.date1904 && isDateFormat(ctx.formats[style] ?? 'General') ? n + DAYS_1904 : n;
    }
  }
}

/** ISO 8601 (t="d", Strict files) → a 1900 serial; a time alone counts from day 0. */
function isoToSerial(iso: string): CellValue {
  const withDate = /^\d{4}-/.test(iso) ? iso : `1899-12-30T${iso}`;
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(withDate) ? withDate : `${withDate.replace(/^(\d{4}-\d\d-\d\d)$/, '$1T00:00:00')}Z`);
  return Number.isFinite(ms) ? Math.round((ms / 86_400_000 + 25_569) * 1e8) / 1e8 : iso;
}

function layOut(
  cells: number[],
  rows: number[],
  cols: number[],
  values: CellValue[],
  styles: number[],
  merges: MergedRange[],
  ctx: SheetContext,
): Grid {
  if (cells.length === 0)
    return { sheet: ctx.sheet, values: [], numberFormats: [], originRow: 1, originCol: 1, merges, hidden: ctx.hidden };
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const i of cells) {
    if (rows[i] < top) top = rows[i];
    if (rows[i] > bottom) bottom = rows[i];
    if (cols[i] < left) left = cols[i];
    if (cols[i] > right) right = cols[i];
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > ctx.limits.maxAreaPerSheet)
    throw new TooLarge('area', height * width, `${ctx.sheet}!${a1(top, left)}:${a1(bottom, right)}`);
  const grid: CellValue[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < height; r++) {
    grid.push(new Array<CellValue>(width).fill(null));
    formats.push(new Array<string>(width).fill('General'));
  }
  for (const i of cells) {
    grid[rows[i] - top][cols[i] - left] = values[i];
    const f = ctx.formats[styles[i]];
    if (f && f !== 'General') formats[rows[i] - top][cols[i] - left] = f;
  }
  for (const m of merges) {
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
      for (let c = Math.max(m.left, left); c <= Math.min(m.right, right); c++) {
        if (r !== m.top || c !== m.left) grid[r - top][c - left] = null;
      }
    }
  }
  return { sheet: ctx.sheet, values: grid, numberFormats: formats, originRow: top, originCol: left, merges, hidden: ctx.hidden };
}

/** A cell's reference as written in the sheet; null (the cell then follows the previous one) when it names no cell. */
function decodeRef(ref: string): { row: number; col: number } | null {
  const cell = readA1(ref);
  return cell && cell.row > 0 ? cell : null;
}

function decodeRange(ref: string): MergedRange | null {
  const [a, b] = ref.split(':');
  const from = decodeRef(a);
  const to = b ? decodeRef(b) : from;
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}
