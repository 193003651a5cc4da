import { addDays, IsoDate, isoDate, isoParts, weekday } from '../model/iso-date';
import { DAYS_OFF, PRODUCTION_CALENDAR, WORKING_WEEKENDS } from './production-calendar';
import { statutoryDaysOff } from './statutory-holidays';

/**
 * Transfers a department adds itself (a decree published after this version, a regional
 * holiday): days off and working days, as ISO dates. They win over everything else.
 */
export interface CalendarAdditions {
  daysOff: readonly IsoDate[];
  workingDays: readonly IsoDate[];
}

export const NO_ADDITIONS: CalendarAdditions = { daysOff: [], workingDays: [] };

/** True when the transfers of that year are known: its decree is listed, or the department entered its own. */
export function calendarCovers(year: number, additions: CalendarAdditions = NO_ADDITIONS): boolean {
  if (Object.prototype.hasOwnProperty.call(PRODUCTION_CALENDAR, year)) return true;
  return [...additions.daysOff, ...additions.workingDays].some((d) => isoParts(d).year === year);
}

/** The statutory days off of years without a decree, computed once per year. */
const statutoryByYear = new Map<number, ReadonlySet<IsoDate>>();
function statutoryOff(year: number): ReadonlySet<IsoDate> {
  let days = statutoryByYear.get(year);
  if (!days) {
    days = new Set(statutoryDaysOff(year));
    statutoryByYear.set(year, days);
  }
  return days;
}

/**
 * A working day by the production calendar: the decree's days off and working Saturdays where
 * the decree is known, otherwise the Labour Code's holidays (ст. 112) with their own transfers;
 * the department's additions over both.
 */
export function isWorkingDay(date: IsoDate, additions: CalendarAdditions = NO_ADDITIONS): boolean {
  if (additions.workingDays.includes(date)) return true;
  if (additions.daysOff.includes(date)) return false;
  if (WORKING_WEEKENDS.has(date)) return true;
  if (DAYS_OFF.has(date)) return false;
  const year = isoParts(date).year;
  if (!Object.prototype.hasOwnProperty.call(PRODUCTION_CALENDAR, year) && statutoryOff(year).has(date)) return false;
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/**
 * The date `n` working days after `date` («в течение 3 рабочих дней»): the
 * start day itself is not counted, so Friday + 1 is the next working Monday.
 * A negative `n` counts back; 0 returns the date unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number, additions: CalendarAdditions = NO_ADDITIONS): IsoDate {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(Math.trunc(n));
  let current = date;
  while (left > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current, additions)) left -= 1;
  }
  return current;
}

/** Working days after `from` up to and including `to` (0 when `to` is not later): how late a report came. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, additions: CalendarAdditions = NO_ADDITIONS): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, additions)) count += 1;
  return count;
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

/** Years of the dates whose transfers are not known, for a warning. */
export function uncoveredYears(dates: IsoDate[], additions: CalendarAdditions = NO_ADDITIONS): number[] {
  const years = new Set(dates.map((d) => isoParts(d).year));
  return [...years].filter((y) => !calendarCovers(y, additions)).sort((a, b) => a - b);
}
