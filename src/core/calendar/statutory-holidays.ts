import { IsoDate, addDays, isoDate, weekday } from '../model/iso-date';

/**
 * The non-working public holidays of the Labour Code (Трудовой кодекс РФ, ст. 112), the same every
 * year: 1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November. A holiday outside
 * the January ones that falls on a Saturday or Sunday moves to the next working day by the law
 * itself; the January ones move only by a decree. So a year whose decree is not yet published
 * still has these days off, and the decree only adds its transfers on top.
 */
const JANUARY_DAYS = [1, 2, 3, 4, 5, 6, 7, 8];
const SINGLE_HOLIDAYS: Array<[number, number]> = [
  [2, 23],
  [3, 8],
  [5, 1],
  [5, 9],
  [6, 12],
  [11, 4],
];

const isWeekend = (date: IsoDate) => weekday(date) === 0 || weekday(date) === 6;

export function statutoryDaysOff(year: number): IsoDate[] {
  const off = new Set<IsoDate>(JANUARY_DAYS.map((day) => isoDate(year, 1, day)));
  for (const [month, day] of SINGLE_HOLIDAYS) {
    const holiday = isoDate(year, month, day);
    off.add(holiday);
    if (!isWeekend(holiday)) continue;
    // The next day that is neither a weekend nor already a day off (9 May on a Sunday → Monday 10 May).
    let moved = addDays(holiday, 1);
    while (isWeekend(moved) || off.has(moved)) moved = addDays(moved, 1);
    off.add(moved);
  }
  return [...off].sort();
}
