import { isDateFormat, parseDateText } from './date-text';
import { readNumberText } from './parse-value';
import { ColumnHints } from './map-columns';
import { SheetView } from './sheet-view';

/**
 * What the values of a column look like, from a sample of data rows: a header
 * «Охват» over `85,7%` cells is a share; a column of dates answers a report.
 */
export function columnHints(view: SheetView, col: number, rows: number[]): ColumnHints {
  let filled = 0;
  let percents = 0;
  let dates = 0;
  for (const row of rows) {
    const v = view.value(row, col);
    if (v === null || v === '') continue;
    filled++;
    const format = view.numberFormat(row, col);
    if (typeof v === 'number') {
      if (format.includes('%')) percents++;
      else if (isDateFormat(format)) dates++;
    } else if (typeof v === 'string') {
      if (readNumberText(v)?.percentSign) percents++;
      else if (parseDateText(v)) dates++;
    }
  }
  const most = (n: number): boolean => filled > 0 && n * 2 >= filled;
  return { percent: most(percents), dates: most(dates) };
}
