import { addDays, IsoDate, isoDate, isoParts, weekday } from '../model/iso-date';
import { DAYS_OFF, PRODUCTION_CALENDAR, WORKING_WEEKENDS } from './production-calendar';

/** True when the production calendar of that year is known (its decree is listed). */
export function calendarCovers(year: number): boolean {
  return Object.prototype.hasOwnProperty.call(PRODUCTION_CALENDAR, year);
}

/**
 * A working day by the production calendar; in a year without a decree,
 * simply Monday to Friday (callers check `calendarCovers` and warn).
 */
export function isWorkingDay(date: IsoDate): boolean {
  if (WORKING_WEEKENDS.has(date)) return true;
  if (DAYS_OFF.has(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/**
 * The date `n` working days after `date` («в течение 3 рабочих дней»): the
 * start day itself is not counted, so Friday + 1 is the next working Monday.
 * A negative `n` counts back; 0 returns the date unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(n));
  let current = date;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** The date itself when it is a working day, otherwise the next working day. */
export function nextWorkingDayFrom(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : addWorkingDays(date, 1);
}

/** The date itself when it is a working day, otherwise the previous working day. */
export function previousWorkingDayFrom(date: IsoDate): IsoDate {
  return isWorkingDay(date) ? date : addWorkingDays(date, -1);
}

/** First working day of a month (1-based month): 1 January → 9 January 2025. */
export function firstWorkingDayOfMonth(year: number, month: number): IsoDate {
  return nextWorkingDayFrom(isoDate(year, month, 1));
}

/** Last working day of a month (1-based month): December 2025 → 30.12.2025. */
export function lastWorkingDayOfMonth(year: number, month: number): IsoDate {
  return previousWorkingDayFrom(lastDayOfMonth(year, month));
}

/** Last calendar day of a month (1-based month). */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  const firstOfNext = month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1);
  return addDays(firstOfNext, -1);
}

/** Years of the dates that the production calendar does not cover, for a warning. */
export function uncoveredYears(dates: IsoDate[]): number[] {
  const years = new Set(dates.map((d) => isoParts(d).year));
  return [...years].filter((y) => !calendarCovers(y)).sort((a, b) => a - b);
}
