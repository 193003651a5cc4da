import { parseSchedulesText, scheduleToText, schedulesToText } from '../../../src/core/roadmap/schedule-text';
import { Schedule } from '../../../src/core/roadmap/schema';
import { formatMonths, parseMonths } from '../../../src/core/roadmap/month-names';
import { addDays, isoDate } from '../../../src/core/model/iso-date';
import fc from 'fast-check';

describe('schedule text', () => {
  const cases: [Schedule, string][] = [
    [{ kind: 'weekly' }, 'еженедельно'],
    [{ kind: 'weekly', months: [4, 5, 6, 7, 8] }, 'еженедельно (апрель–август)'],
    [{ kind: 'every_n_weeks', weeks: 2, anchor: '2025-01-13' }, '1 раз в 2 недели с 13.01.2025'],
    [
      { kind: 'every_n_weeks', weeks: 3, anchor: '2025-01-13', months: [1, 2, 3, 9, 10, 11, 12] },
      '1 раз в 3 недели с 13.01.2025 (январь–март, сентябрь–декабрь)',
    ],
    [{ kind: 'every_n_weeks', weeks: 5, anchor: '2025-09-01' }, '1 раз в 5 недель с 01.09.2025'],
    [{ kind: 'monthly' }, 'ежемесячно'],
    [{ kind: 'monthly', byDay: 25 }, 'ежемесячно до 25 числа'],
    [{ kind: 'monthly', months: [4, 5, 6, 7, 8, 9, 10, 11, 12] }, 'ежемесячно (апрель–декабрь)'],
    [{ kind: 'quarterly' }, 'ежеквартально'],
    [{ kind: 'window', from: '2025-03-03', to: '2025-03-05' }, '03.03.2025–05.03.2025'],
    [{ kind: 'end_of_quarter' }, 'конец четверти'],
    [{ kind: 'end_of_year', months: [5, 6] }, 'конец года (май, июнь)'],
    [{ kind: 'start_of_year', month: 9 }, 'начало года (сентябрь)'],
    [{ kind: 'once', date: '2025-02-17' }, 'однократно 17.02.2025'],
  ];

  it.each(cases)('%j is written «%s» and read back', (schedule, text) => {
    expect(scheduleToText(schedule)).toBe(text);
    expect(parseSchedulesText(text)).toEqual({ ok: true, schedules: [schedule] });
  });

  it('joins the schedules of an item with «; » and reads them back in order', () => {
    const all = cases.map(([s]) => s);
    expect(parseSchedulesText(schedulesToText(all))).toEqual({ ok: true, schedules: all });
    expect(parseSchedulesText('  ')).toEqual({ ok: true, schedules: [] });
  });

  it('understands what people type instead of the canonical words', () => {
    expect(parseSchedulesText('1 раз в неделю\nраз в месяц до 25-го числа; С 18.09.2025 по 20.09.2025')).toEqual({
      ok: true,
      schedules: [{ kind: 'weekly' }, { kind: 'monthly', byDay: 25 }, { kind: 'window', from: '2025-09-18', to: '2025-09-20' }],
    });
    expect(parseSchedulesText('по окончании четверти (полугодия); На конец учебного года (мая, июня); 1 раз в квартал')).toEqual({
      ok: true,
      schedules: [{ kind: 'end_of_quarter' }, { kind: 'end_of_year', months: [5, 6] }, { kind: 'quarterly' }],
    });
  });

  it('explains what is wrong with a schedule it cannot use', () => {
    expect(parseSchedulesText('03.03.2025–31.02.2025')).toEqual({ ok: false, problem: 'дата «31.02.2025» — такого дня нет в календаре' });
    expect(parseSchedulesText('05.03.2025–03.03.2025')).toEqual({
      ok: false,
      problem: 'период 05.03.2025–03.03.2025 заканчивается раньше, чем начинается',
    });
    expect(parseSchedulesText('еженедельно (каникулы)')).toEqual({
      ok: false,
      problem: '«каникулы» — не месяцы: пишите, например, «апрель–август» или «май, июнь»',
    });
    expect(parseSchedulesText('ежеквартально (март)')).toEqual({ ok: false, problem: 'для «ежеквартально» месяцы не указываются' });
    expect(parseSchedulesText('начало года')).toEqual({ ok: false, problem: 'укажите один месяц: «начало года (сентябрь)»' });
  });
});

describe('schedule text for any schedule the schema allows', () => {
  const day = fc.record({
    y: fc.integer({ min: 2023, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  });
  const date = day.map(({ y, m, d }) => isoDate(y, m, d));
  const months = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }).map((ms) => ms.sort((a, b) => a - b));
  const withMonths = <T extends object>(base: fc.Arbitrary<T>) =>
    fc.tuple(base, fc.option(months, { nil: undefined })).map(([s, ms]) => (ms ? { ...s, months: ms } : s));
  const schedule: fc.Arbitrary<Schedule> = fc.oneof(
    withMonths(fc.constant({ kind: 'weekly' as const })),
    withMonths(fc.record({ kind: fc.constant('every_n_weeks' as const), weeks: fc.integer({ min: 2, max: 8 }), anchor: date })),
    withMonths(
      fc.oneof(
        fc.constant({ kind: 'monthly' as const }),
        fc.record({ kind: fc.constant('monthly' as const), byDay: fc.integer({ min: 1, max: 31 }) }),
      ),
    ),
    fc.constant({ kind: 'quarterly' as const }),
    fc.tuple(date, fc.integer({ min: 0, max: 60 })).map(([from, days]) => ({ kind: 'window' as const, from, to: addDays(from, days) })),
    fc.constant({ kind: 'end_of_quarter' as const }),
    months.map((ms) => ({ kind: 'end_of_year' as const, months: ms as [number, ...number[]] })),
    fc.integer({ min: 1, max: 12 }).map((month) => ({ kind: 'start_of_year' as const, month })),
    date.map((d) => ({ kind: 'once' as const, date: d })),
  );

  it('reads back exactly what it wrote', () => {
    fc.assert(
      fc.property(fc.array(schedule, { maxLength: 4 }), (schedules) => {
        expect(parseSchedulesText(schedulesToText(schedules))).toEqual({ ok: true, schedules });
      }),
    );
  });
});

describe('month lists', () => {
  it('writes runs of three or more months as a range', () => {
    expect(formatMonths([5, 6])).toBe('май, июнь');
    expect(formatMonths([1, 2, 3, 9, 10, 11, 12])).toBe('январь–март, сентябрь–декабрь');
  });

  it('reads a school season that wraps over the new year', () => {
    expect(parseMonths('сентябрь–март')).toEqual([1, 2, 3, 9, 10, 11, 12]);
    expect(parseMonths('сент., окт, ноя')).toEqual([9, 10, 11]);
    expect(parseMonths('весна')).toBeNull();
  });
});
