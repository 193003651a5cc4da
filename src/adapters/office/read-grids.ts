import { CellValue, Grid, WorkbookGrids } from '../../core/model/grid';
import { LoadedSheet, loadedSheetToGrid } from './loaded-range-to-grid';
import { WorkbookSnapshot } from './open-workbook';

export interface ReadOptions {
  /** Range.getMergedAreasOrNullObject needs ExcelApi 1.13; older hosts read without merges. */
  merges: boolean;
  /**
   * Awaited between two sheets' conversions: a region's sheet is ~75,000 cells turned into the
   * core's values, and the pane lets the page paint between sheets rather than hold it for all five.
   */
  between?: () => Promise<unknown>;
}

/**
 * A response (not only a request) past 5 MB fails in Excel on the web, and
 * Range.values is null past 5,000,000 cells. Such a book is read in row blocks
 * of at most this many cells per sync (values and formats of a typical cell ≈ 25–50 bytes);
 * a sync that still comes back too large is split in halves.
 */
export const CELLS_PER_SYNC = 60_000;

type SheetInfo = WorkbookSnapshot['sheets'][number];

function tooLarge(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return /PayloadSizeLimitExceeded/.test(code) || (error instanceof Error && /PayloadSizeLimitExceeded/.test(error.message));
}

function mergedAreas(context: Excel.RequestContext, name: string, options: ReadOptions) {
  return options.merges ? context.workbook.worksheets.getItem(name).getRange().getMergedAreasOrNullObject().load('address') : null;
}

/**
 * Sync 2 of a check: every sheet's used range (values and number formats) and
 * its merged areas, all queued first and fetched in ONE context.sync(), so the
 * cost is one round trip whatever the number of sheets or schools. Only a book
 * too large for one response is read again in blocks.
 */
export async function readGrids(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  bookName: string,
  options: ReadOptions,
): Promise<WorkbookGrids> {
  try {
    const pending = snapshot.sheets.map((info) => {
      // valuesOnly: formatting far below the table must not widen the range to read.
      const used = context.workbook.worksheets
        .getItem(info.name)
        .getUsedRangeOrNullObject(true)
        .load('rowIndex,columnIndex,values,numberFormat');
      return { info, used, merged: mergedAreas(context, info.name, options) };
    });
    await context.sync();
    if (pending.some((p) => !p.used.isNullObject && !Array.isArray(p.used.values)))
      return readInBlocks(context, snapshot.sheets, bookName, options);
    const grids: Grid[] = [];
    for (const { info, used, merged } of pending) {
      if (grids.length > 0) await options.between?.();
      grids.push(
        loadedSheetToGrid({
          name: info.name,
          hidden: info.hidden,
          used: used.isNullObject
            ? null
            : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values, numberFormat: used.numberFormat },
          mergedAddress: merged && !merged.isNullObject ? merged.address : null,
        }),
      );
    }
    return { name: bookName, grids };
  } catch (error) {
    if (!tooLarge(error)) throw error;
    return readInBlocks(context, snapshot.sheets, bookName, options);
  }
}

interface Block {
  sheet: string;
  /** 0-based sheet row and column of the block's first cell. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  target: { values: unknown[][]; numberFormat: unknown[][] };
}

/** The large-book path: dimensions first, then row blocks, each sync's response under 5 MB. */
async function readInBlocks(
  context: Excel.RequestContext,
  sheets: SheetInfo[],
  bookName: string,
  options: ReadOptions,
): Promise<WorkbookGrids> {
  const shapes = sheets.map((info) => ({
    info,
    used: context.workbook.worksheets.getItem(info.name).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
    merged: mergedAreas(context, info.name, options),
  }));
  await context.sync();

  const loaded: LoadedSheet[] = [];
  const blocks: Block[] = [];
  for (const { info, used, merged } of shapes) {
    const sheet: LoadedSheet = {
      name: info.name,
      hidden: info.hidden,
      used: null,
      mergedAddress: merged && !merged.isNullObject ? merged.address : null,
    };
    loaded.push(sheet);
    if (used.isNullObject) continue;
    const target = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: [] as unknown[][], numberFormat: [] as unknown[][] };
    sheet.used = target;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_SYNC / used.columnCount));
    for (let start = 0; start < used.rowCount; start += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, used.rowCount - start);
      blocks.push({ sheet: info.name, row: used.rowIndex + start, column: used.columnIndex, rows, columns: used.columnCount, target });
    }
  }
  // Blocks in order, grouped up to CELLS_PER_SYNC cells a sync; rows land in each sheet in order.
  let group: Block[] = [];
  let cells = 0;
  for (const block of blocks) {
    if (group.length > 0 && cells + block.rows * block.columns > CELLS_PER_SYNC) {
      await loadBlocks(context, group);
      group = [];
      cells = 0;
    }
    group.push(block);
    cells += block.rows * block.columns;
  }
  if (group.length > 0) await loadBlocks(context, group);
  return { name: bookName, grids: loaded.map(loadedSheetToGrid) };
}

/** One sync for the group; cells of long text can still pass 5 MB: then halves, in order. */
async function loadBlocks(context: Excel.RequestContext, group: Block[]): Promise<void> {
  const ranges = group.map((b) =>
    context.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.row, b.column, b.rows, b.columns).load('values,numberFormat'),
  );
  try {
    await context.sync();
  } catch (error) {
    if (!tooLarge(error) || group.every((b) => b.rows === 1)) throw error;
    const halves = group.flatMap((b) => {
      const top = Math.ceil(b.rows / 2);
      return b.rows === 1
        ? [b]
        : [
            { ...b, rows: top },
            { ...b, row: b.row + top, rows: b.rows - top },
          ];
    });
    const middle = Math.ceil(halves.length / 2);
    await loadBlocks(context, halves.slice(0, middle));
    await loadBlocks(context, halves.slice(middle));
    return;
  }
  group.forEach((b, i) => {
    b.target.values.push(...(ranges[i].values as CellValue[][]));
    b.target.numberFormat.push(...ranges[i].numberFormat);
  });
}
