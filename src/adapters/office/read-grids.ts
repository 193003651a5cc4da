import { WorkbookGrids } from '../../core/model/grid';
import { LoadedSheet, loadedSheetToGrid } from './loaded-range-to-grid';
import { WorkbookSnapshot } from './open-workbook';

export interface ReadOptions {
  /** Range.getMergedAreasOrNullObject needs ExcelApi 1.13; older hosts read without merges. */
  merges: boolean;
}

/**
 * Sync 2 of a check: every sheet's used range (values and number formats) and
 * its merged areas, all queued first and fetched in ONE context.sync(), so the
 * cost is one round trip whatever the number of sheets or schools.
 */
export async function readGrids(
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  bookName: string,
  options: ReadOptions,
): Promise<WorkbookGrids> {
  const pending = snapshot.sheets.map((s) => {
    const sheet = context.workbook.worksheets.getItem(s.name);
    // valuesOnly: formatting far below the table must not widen the range to read.
    const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,values,numberFormat');
    const merged = options.merges ? sheet.getRange().getMergedAreasOrNullObject().load('address') : null;
    return { info: s, used, merged };
  });
  await context.sync();
  const grids = pending.map(({ info, used, merged }) => {
    const loaded: LoadedSheet = {
      name: info.name,
      hidden: info.hidden,
      used: used.isNullObject
        ? null
        : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values, numberFormat: used.numberFormat },
      mergedAddress: merged && !merged.isNullObject ? merged.address : null,
    };
    return loadedSheetToGrid(loaded);
  });
  return { name: bookName, grids };
}
