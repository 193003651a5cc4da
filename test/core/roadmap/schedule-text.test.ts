import { parseSchedulesText, scheduleToText, schedulesToText } from '../../../src/core/roadmap/schedule-text';
import { Schedule } from '../../../src/core/roadmap/schema';
import { formatMonths, parseMonths } from '../../../src/core/roadmap/month-names';

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
