import { firstWorkingDayOfMonth, lastDayOfMonth, lastWorkingDayOfMonth } from '../calendar/working-days';
import { addDays, IsoDate, isoDate, isoParts, weekday } from '../model/iso-date';
import { Schedule } from '../roadmap/schema';

/** One expanded control date: a day, or a span (`until` later than `date`). */
export interface ScheduledDate {
  date: IsoDate;
  until: IsoDate;
  kind: 'monitoring' | 'window';
}

const day = (date: IsoDate): ScheduledDate => ({ date, until: date, kind: 'monitoring' });
const span = (date: IsoDate, until: IsoDate): ScheduledDate => ({ date, until, kind: 'window' });

function inMonths(date: IsoDate, months: readonly number[] | undefined): boolean {
  return months === undefined || months.includes(isoParts(date).month);
}

function mondaysOf(year: number): IsoDate[] {
  const jan1 = isoDate(year, 1, 1);
  let monday = addDays(jan1, (8 - weekday(jan1)) % 7);
  const mondays: IsoDate[] = [];
  for (; isoParts(monday).year === year; monday = addDays(monday, 7)) mondays.push(monday);
  return mondays;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * The dates a schedule puts into a calendar year. School quarters end in
 * October, December, March and May; «quarterly» monitorings open the
 * calendar quarters; a «by the 25th» month stays one event from its first
 * working day to the 25th.
 */
export function expandSchedule(schedule: Schedule, year: number): ScheduledDate[] {
  switch (schedule.kind) {
    case 'weekly':
      return mondaysOf(year)
        .filter((d) => inMonths(d, schedule.months))
        .map(day);
    case 'every_n_weeks': {
      const dates: ScheduledDate[] = [];
      for (let d = schedule.anchor; isoParts(d).year <= year; d = addDays(d, 7 * schedule.weeks)) {
        if (isoParts(d).year === year && inMonths(d, schedule.months)) dates.push(day(d));
      }
      return dates;
    }
    case 'monthly':
      return MONTHS.filter((m) => schedule.months === undefined || schedule.months.includes(m)).map((m) => {
        const first = firstWorkingDayOfMonth(year, m);
        if (schedule.byDay === undefined) return day(first);
        const last = lastDayOfMonth(year, m);
        const byDay = isoDate(year, m, Math.min(schedule.byDay, isoParts(last).day));
        return byDay > first ? span(first, byDay) : day(first);
      });
    case 'quarterly':
      return [1, 4, 7, 10].map((m) => day(firstWorkingDayOfMonth(year, m)));
    case 'window':
      return [span(schedule.from, schedule.to)];
    case 'end_of_quarter':
      return [3, 5, 10, 12].map((m) => day(lastWorkingDayOfMonth(year, m)));
    case 'end_of_year': {
      const first = Math.min(...schedule.months);
      const last = Math.max(...schedule.months);
      return [span(isoDate(year, first, 1), lastDayOfMonth(year, last))];
    }
    case 'start_of_year':
      return [span(isoDate(year, schedule.month, 1), lastDayOfMonth(year, schedule.month))];
    case 'once':
      return [day(schedule.date)];
  }
}

/** Russian label of a schedule's events for the control calendar sheet. */
export function scheduleLabel(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'weekly':
      return 'Еженедельный мониторинг';
    case 'every_n_weeks':
      return `Мониторинг 1 раз в ${schedule.weeks} ${schedule.weeks <= 4 ? 'недели' : 'недель'}`;
    case 'monthly':
      return schedule.byDay === undefined ? 'Ежемесячный мониторинг' : `Ежемесячный мониторинг (до ${schedule.byDay} числа)`;
    case 'quarterly':
      return 'Ежеквартальный мониторинг';
    case 'window':
      return 'Мониторинг в установленный период';
    case 'end_of_quarter':
      return 'Мониторинг по итогам четверти';
    case 'end_of_year':
      return 'Мониторинг на конец учебного года';
    case 'start_of_year':
      return 'Мониторинг на начало учебного года';
    case 'once':
      return 'Разовый мониторинг';
  }
}
