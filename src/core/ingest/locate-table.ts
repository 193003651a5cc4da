import { Grid } from '../model/grid';
import { columnHints } from './column-hints';
import { HeaderBlock, findHeaders } from './find-header';
import { HeaderContext, readHeaderContext } from './header-context';
import { decideColumn, scoreColumn } from './map-columns';
import { KeyColumns, findKeyColumns } from './school-column';
import { SheetView } from './sheet-view';

/** Rows under the header whose values tell what a column holds (percents, dates, school names). */
const SAMPLE_ROWS = 40;

export interface LocatedTable {
  header: HeaderBlock;
  ctx: HeaderContext;
  headerBottom: number;
  sampleRows: number[];
  keys: KeyColumns;
  schoolCol: number;
}

/**
 * The first header candidate that has a school column and at least one column
 * that looks like a measure; failing that, the first with a school column.
 */
export function locateTable(view: SheetView, grid: Grid): LocatedTable | null {
  let fallback: LocatedTable | null = null;
  for (const header of findHeaders(view, grid.merges ?? [])) {
    const ctx = readHeaderContext(view, header.rows);
    const headerBottom = header.rows[header.rows.length - 1];
    const sampleRows: number[] = [];
    for (let r = headerBottom + 1; r <= view.lastRow && sampleRows.length < SAMPLE_ROWS; r++) sampleRows.push(r);
    const keys = findKeyColumns(view, ctx.columns, sampleRows);
    if (keys.schoolCol === null) continue;
    const located = { header, ctx, headerBottom, sampleRows, keys, schoolCol: keys.schoolCol };
    const keyCols = [keys.schoolCol, keys.innCol, keys.numberCol];
    const hasMeasure = ctx.columns.some(
      (c) => !keyCols.includes(c.col) && decideColumn(scoreColumn(c, columnHints(view, c.col, sampleRows))).measure !== null,
    );
    if (hasMeasure) return located;
    fallback ??= located;
  }
  return fallback;
}
