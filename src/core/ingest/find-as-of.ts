import { IsoDate } from '../model/iso-date';
import { scanDates } from './date-text';
import { foldText } from './fold-text';

/**
 * The monitoring date of one table. Titles say it in many ways; the strongest
 * evidence wins, and among equals the latest date (a period «с 24.02.2025 по
 * 03.03.2025» ends on the monitoring date):
 * 1. «по состоянию на 03.03.2025», «на 3 марта 2025 г.», «по 03.03.2025» in a title;
 * 2. a date in the sheet name («ФГИС МШ 03.03.2025»);
 * 3. a cell of the title rows that holds a date (an Excel serial with a date format);
 * 4. any other date in a title, except «от 10.01.2025» (the date of an order).
 */
export interface AsOfSources {
  sheetName: string;
  titles: string[];
  /** Dates read from date-formatted cells above the header. */
  titleDateCells: IsoDate[];
}

// No \b here: JavaScript's word boundary does not know Cyrillic letters.
const BEFORE_AS_OF = /(?:^|[\s(,])(?:на|по)\s*$/;
const BEFORE_ORDER_DATE = /(?:^|[\s(,])от\s*$/;

function latest(dates: IsoDate[]): IsoDate | null {
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}

export function findAsOf(sources: AsOfSources): IsoDate | null {
  const explicit: IsoDate[] = [];
  const other: IsoDate[] = [];
  for (const title of sources.titles) {
    const folded = foldText(title);
    for (const mention of scanDates(folded)) {
      const before = folded.slice(Math.max(0, mention.start - 20), mention.start);
      if (BEFORE_AS_OF.test(before)) explicit.push(mention.date);
      else if (!BEFORE_ORDER_DATE.test(before)) other.push(mention.date);
    }
  }
  return (
    latest(explicit) ?? latest(scanDates(foldText(sources.sheetName)).map((m) => m.date)) ?? latest(sources.titleDateCells) ?? latest(other)
  );
}
