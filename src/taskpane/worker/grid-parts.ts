import { CellValue, Grid, WorkbookGrids } from '../../core/model/grid';

/** Cells per posted slice: a slice's structured clone is a few tens of ms, one task the page can afford. */
export const CELLS_PER_PART = 40_000;

/** A slice of one sheet's rows; the first slice of a sheet carries the rest of its grid (no rows). */
export interface GridPart {
  sheet: number;
  head: Omit<Grid, 'values' | 'numberFormats'> | null;
  values: CellValue[][];
  numberFormats: string[][];
}

/**
 * The grids the page read through Office.js, cut into slices for the worker. Posted whole, a
 * region's book (5.6 MB at 5,000 schools) is one structured clone of about a quarter of a second
 * on the page; posted a slice at a time, the page is free between slices.
 */
export function* gridParts(book: WorkbookGrids, cellsPerPart = CELLS_PER_PART): Generator<GridPart> {
  for (const [sheet, grid] of book.grids.entries()) {
    const { values, numberFormats, ...head } = grid;
    const width = Math.max(
      1,
      values.reduce((w, r) => Math.max(w, r.length), 0),
    );
    const rows = Math.max(1, Math.floor(cellsPerPart / width));
    yield { sheet, head, values: values.slice(0, rows), numberFormats: numberFormats.slice(0, rows) };
    for (let start = rows; start < Math.max(values.length, numberFormats.length); start += rows)
      yield { sheet, head: null, values: values.slice(start, start + rows), numberFormats: numberFormats.slice(start, start + rows) };
  }
}

/** The worker's side: the slices put back together, in the order they came. */
export class GridInbox {
  private name = '';
  private grids: Grid[] = [];

  start(name: string): void {
    this.name = name;
    this.grids = [];
  }

  add(part: GridPart): void {
    if (part.head) this.grids[part.sheet] = { ...part.head, values: [], numberFormats: [] };
    const grid = this.grids[part.sheet];
    if (!grid) throw new Error('Листы книги переданы не полностью: выполните действие ещё раз.');
    for (const row of part.values) grid.values.push(row);
    for (const row of part.numberFormats) grid.numberFormats.push(row);
  }

  /** The whole book, once; the inbox is empty after. */
  take(): WorkbookGrids {
    const book = { name: this.name, grids: this.grids };
    this.grids = [];
    return book;
  }
}
