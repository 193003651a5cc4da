import {
  addWorkingDays,
  calendarCovers,
  firstWorkingDayOfMonth,
  isWorkingDay,
  lastWorkingDayOfMonth,
  uncoveredYears,
  workingDaysBetween,
} from '../../../src/core/calendar/working-days';
import { statutoryDaysOff } from '../../../src/core/calendar/statutory-holidays';

describe('addWorkingDays: the check vectors of the domain card', () => {
  it('skips the May holidays of 2025: 07.05.2025 + 3 → 14.05.2025', () => {
    expect(addWorkingDays('2025-05-07', 3)).toBe('2025-05-14');
  });

  it('goes from Friday to Monday: 21.02.2025 + 1 → 24.02.2025', () => {
    expect(addWorkingDays('2025-02-21', 1)).toBe('2025-02-24');
  });

  it('crosses the New Year holidays: 29.12.2025 + 3 → 13.01.2026', () => {
    expect(addWorkingDays('2025-12-29', 3)).toBe('2026-01-13');
  });

  it('skips 1–3 May 2026: 30.04.2026 + 3 → 06.05.2026', () => {
    expect(addWorkingDays('2026-04-30', 3)).toBe('2026-05-06');
  });
});

describe('working Saturdays and transferred days off', () => {
  it('counts Saturday 27.04.2024 as a working day and 29–30.04.2024 as days off', () => {
    expect(isWorkingDay('2024-04-27')).toBe(true);
    expect(isWorkingDay('2024-04-29')).toBe(false);
    expect(addWorkingDays('2024-04-26', 1)).toBe('2024-04-27');
    expect(addWorkingDays('2024-04-27', 1)).toBe('2024-05-02');
  });

  it('works on Saturday 28.12.2024 and rests on 30–31.12.2024', () => {
    expect(isWorkingDay('2024-12-28')).toBe(true);
    expect(addWorkingDays('2024-12-27', 2)).toBe('2025-01-09');
  });

  it('works on Saturday 01.11.2025 and rests on Monday 03.11.2025', () => {
    expect(isWorkingDay('2025-11-01')).toBe(true);
    expect(isWorkingDay('2025-11-03')).toBe(false);
    expect(addWorkingDays('2025-10-31', 2)).toBe('2025-11-05');
  });

  it('rests on Friday 24.02.2023 and Monday 06.11.2023', () => {
    expect(isWorkingDay('2023-02-24')).toBe(false);
    expect(isWorkingDay('2023-11-06')).toBe(false);
    expect(addWorkingDays('2023-02-22', 1)).toBe('2023-02-27');
  });

  it('rests on Monday 09.03.2026 and Monday 23.02.2026', () => {
    expect(isWorkingDay('2026-03-09')).toBe(false);
    expect(isWorkingDay('2026-02-23')).toBe(false);
    expect(isWorkingDay('2026-02-24')).toBe(true);
  });
});

describe('counting back and month edges', () => {
  it('counts back over the New Year: 12.01.2026 − 1 → 30.12.2025', () => {
    expect(addWorkingDays('2026-01-12', -1)).toBe('2025-12-30');
  });

  it('returns the same date for 0 working days', () => {
    expect(addWorkingDays('2025-05-03', 0)).toBe('2025-05-03');
  });

  it('finds the first and last working days of a month', () => {
    expect(firstWorkingDayOfMonth(2025, 1)).toBe('2025-01-09');
    expect(firstWorkingDayOfMonth(2025, 6)).toBe('2025-06-02');
    expect(lastWorkingDayOfMonth(2025, 12)).toBe('2025-12-30');
    expect(lastWorkingDayOfMonth(2025, 5)).toBe('2025-05-30');
  });
});

describe('years without a decree: the Labour Code holidays (ст. 112)', () => {
  it('covers 2023–2026 and not 2022 or 2027', () => {
    expect([2022, 2023, 2024, 2025, 2026, 2027].map((y) => calendarCovers(y))).toEqual([false, true, true, true, true, false]);
    expect(uncoveredYears(['2025-03-03', '2027-01-15', '2027-02-01'])).toEqual([2027]);
  });

  it('rests on 1–8 January 2027 and works from Monday 11.01.2027', () => {
    expect(isWorkingDay('2027-01-04')).toBe(false);
    expect(isWorkingDay('2027-01-08')).toBe(false);
    expect(isWorkingDay('2027-01-09')).toBe(false); // Saturday
    expect(addWorkingDays('2027-01-08', 1)).toBe('2027-01-11');
  });

  it('counts 28.12.2026 + 5 working days as 13.01.2027, past the January holidays', () => {
    // 29, 30 December; 31 December 2026 is a day off by the 2026 decree; 1–10 January off; 11, 12, 13.
    expect(addWorkingDays('2026-12-28', 5)).toBe('2027-01-13');
  });

  it('moves a holiday on a weekend to the next working day: 1 May → 3 May, 9 May → 10 May, 12 June → 14 June 2027', () => {
    expect(statutoryDaysOff(2027)).toEqual([
      '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08',
      '2027-02-23', '2027-03-08', '2027-05-01', '2027-05-03', '2027-05-09', '2027-05-10', '2027-06-12', '2027-06-14', '2027-11-04',
    ]);
    expect(addWorkingDays('2027-04-30', 1)).toBe('2027-05-04');
    expect(isWorkingDay('2027-02-23')).toBe(false);
  });

  it('gives a holiday on Sunday the Monday, and a Saturday holiday the Monday too (2028: 23 February is Wednesday, 4 November Saturday)', () => {
    expect(isWorkingDay('2028-11-04')).toBe(false);
    expect(isWorkingDay('2028-11-06')).toBe(false);
    expect(isWorkingDay('2028-11-07')).toBe(true);
  });
});

describe("the department's own transfers", () => {
  const additions = { daysOff: ['2027-01-11'], workingDays: ['2027-01-09'] };
  it('rests on the added day off and works on the added Saturday', () => {
    expect(isWorkingDay('2027-01-11', additions)).toBe(false);
    expect(isWorkingDay('2027-01-09', additions)).toBe(true);
    expect(addWorkingDays('2027-01-08', 2, additions)).toBe('2027-01-12');
  });

  it('counts a year with additions as known', () => {
    expect(calendarCovers(2027, additions)).toBe(true);
    expect(uncoveredYears(['2027-03-01'], additions)).toEqual([]);
  });

  it('counts working days between two dates: Friday 14.02.2025 → Monday 17.02.2025 is one', () => {
    expect(workingDaysBetween('2025-02-14', '2025-02-17')).toBe(1);
    expect(workingDaysBetween('2025-02-07', '2025-02-10')).toBe(1);
    expect(workingDaysBetween('2025-02-14', '2025-02-14')).toBe(0);
  });
});
