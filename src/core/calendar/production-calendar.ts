import { addDays, IsoDate } from '../model/iso-date';

/**
 * Russia's production calendar as the Government decrees set it: the days off
 * beyond Saturdays and Sundays (public holidays and the days they were moved
 * to) and the Saturdays made working days by those transfers. A year is only
 * listed once its decree is published; outside the listed years callers fall
 * back to Monday–Friday and warn (see `calendarCovers`).
 */
export interface ProductionYear {
  /** Inclusive [from, to] ranges of days off; weekends inside a range are harmless. */
  daysOff: Array<[IsoDate, IsoDate]>;
  /** Saturdays or Sundays that are working days. */
  workingWeekends: IsoDate[];
  /** The decree, so a reader can check the dates against it. */
  source: string;
}

export const PRODUCTION_CALENDAR: Readonly<Record<number, ProductionYear>> = {
  2023: {
    source: 'Постановление Правительства РФ от 29.08.2022 № 1505',
    daysOff: [
      ['2023-01-01', '2023-01-08'],
      ['2023-02-23', '2023-02-24'],
      ['2023-03-08', '2023-03-08'],
      ['2023-05-01', '2023-05-01'],
      ['2023-05-08', '2023-05-09'],
      ['2023-06-12', '2023-06-12'],
      ['2023-11-04', '2023-11-06'],
    ],
    workingWeekends: [],
  },
  2024: {
    source: 'Постановление Правительства РФ от 10.08.2023 № 1312',
    daysOff: [
      ['2024-01-01', '2024-01-08'],
      ['2024-02-23', '2024-02-23'],
      ['2024-03-08', '2024-03-08'],
      ['2024-04-29', '2024-05-01'],
      ['2024-05-09', '2024-05-10'],
      ['2024-06-12', '2024-06-12'],
      ['2024-11-04', '2024-11-04'],
      ['2024-12-30', '2024-12-31'],
    ],
    workingWeekends: ['2024-04-27', '2024-11-02', '2024-12-28'],
  },
  2025: {
    source: 'Постановление Правительства РФ от 04.10.2024 № 1335',
    daysOff: [
      ['2025-01-01', '2025-01-08'],
      ['2025-05-01', '2025-05-04'],
      ['2025-05-08', '2025-05-11'],
      ['2025-06-12', '2025-06-15'],
      ['2025-11-02', '2025-11-04'],
      ['2025-12-31', '2025-12-31'],
    ],
    workingWeekends: ['2025-11-01'],
  },
  2026: {
    source: 'Постановление Правительства РФ о переносе выходных дней в 2026 году',
    daysOff: [
      ['2026-01-01', '2026-01-11'],
      ['2026-02-21', '2026-02-23'],
      ['2026-03-07', '2026-03-09'],
      ['2026-05-01', '2026-05-03'],
      ['2026-05-09', '2026-05-11'],
      ['2026-06-12', '2026-06-14'],
      ['2026-11-04', '2026-11-04'],
      ['2026-12-31', '2026-12-31'],
    ],
    workingWeekends: [],
  },
};

/** Every listed day off as one set, built once: lookups stay O(1) in long date walks. */
export const DAYS_OFF: ReadonlySet<IsoDate> = new Set(
  Object.values(PRODUCTION_CALENDAR).flatMap((year) =>
    year.daysOff.flatMap(([from, to]) => {
      const days: IsoDate[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
      return days;
    }),
  ),
);

export const WORKING_WEEKENDS: ReadonlySet<IsoDate> = new Set(Object.values(PRODUCTION_CALENDAR).flatMap((year) => year.workingWeekends));
