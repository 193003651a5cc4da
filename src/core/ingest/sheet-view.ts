import { CellValue, Grid, MergedRange } from '../model/grid';

/**
 * Read access to a grid in the sheet's own 1-based coordinates, with merged
 * ranges looked up in constant time. Headers need the merge's top-left value
 * for every cell it covers («Педагогические работники» over three columns).
 */
export class SheetView {
  readonly sheet: string;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly grid: Grid;
  private readonly mergeByCell = new Map<number, MergedRange>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.sheet = grid.sheet;
    this.firstRow = grid.originRow;
    this.firstCol = grid.originCol;
    const rows = Array.isArray(grid.values) ? grid.values : [];
    let width = 0;
    for (const row of rows) if (Array.isArray(row) && row.length > width) width = row.length;
    this.lastRow = grid.originRow + rows.length - 1;
    this.lastCol = grid.originCol + width - 1;
    for (const merge of Array.isArray(grid.merges) ? grid.merges : []) this.indexMerge(merge);
  }

  get width(): number {
    return Math.max(0, this.lastCol - this.firstCol + 1);
  }

  value(row: number, col: number): CellValue {
    const line = this.grid.values[row - this.firstRow];
    if (!Array.isArray(line)) return null;
    const v = line[col - this.firstCol];
    return v === undefined ? null : v;
  }

  numberFormat(row: number, col: number): string {
    const line = this.grid.numberFormats?.[row - this.firstRow];
    const f = Array.isArray(line) ? line[col - this.firstCol] : undefined;
    return typeof f === 'string' ? f : '';
  }

  merge(row: number, col: number): MergedRange | null {
    return this.mergeByCell.get(this.key(row, col)) ?? null;
  }

  /** The value shown in a cell: a merged range shows its top-left value everywhere. */
  shownValue(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    return m ? this.value(m.top, m.left) : this.value(row, col);
  }

  private key(row: number, col: number): number {
    return row * 65536 + col;
  }

  /** Only the part of a merge inside the grid is indexed: a bogus huge merge costs nothing. */
  private indexMerge(merge: MergedRange): void {
    if (!merge || ![merge.top, merge.left, merge.bottom, merge.right].every(Number.isFinite)) return;
    const top = Math.max(merge.top, this.firstRow);
    const bottom = Math.min(merge.bottom, this.lastRow);
    const left = Math.max(merge.left, this.firstCol);
    const right = Math.min(merge.right, this.lastCol);
    if (top > bottom || left > right) return;
    if (merge.top === merge.bottom && merge.left === merge.right) return;
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.mergeByCell.set(this.key(r, c), merge);
  }
}
