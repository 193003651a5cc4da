import { Grid } from '../../core/model/grid';
import { OWN_SHEETS } from '../../core/plan/workbook-plan';
import { loadedSheetToGrid } from './loaded-range-to-grid';

/**
 * «Реестр писем» grows by a round's letters every round (≈ 3,400 rows at a
 * region of 5,000 schools), and read with the monitoring sheets it pushes that
 * one response past Excel on the web's 5 MB. Its name is fixed, so it can be
 * asked for before the sheet list is known: queued before sync 1 (the sheet
 * list and settings, otherwise a few bytes) it travels in that response
 * instead. A missing register is a null object, and so is its used range.
 */
export function queueRegisterRead(context: Excel.RequestContext): () => Grid | null {
  const name = OWN_SHEETS.letterRegister;
  const used = context.workbook.worksheets
    .getItemOrNullObject(name)
    .getUsedRangeOrNullObject(true)
    .load('rowIndex,columnIndex,values,numberFormat');
  return () => {
    if (used.isNullObject) return null;
    const loaded = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values, numberFormat: used.numberFormat };
    return loadedSheetToGrid({ name, hidden: false, used: loaded, mergedAddress: null });
  };
}
