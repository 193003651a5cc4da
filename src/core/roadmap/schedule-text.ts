import { Schedule } from './schema';
import { formatMonths, monthName, parseMonths } from './month-names';
import { dateProblem, formatRuDate, readRuDate } from './ru-dates';

/**
 * The control schedule as one line of Russian a person edits in Excel:
 * «еженедельно (апрель–август); 1 раз в 3 недели с 13.01.2025 (январь–март, сентябрь–декабрь)».
 * Writing and reading are exact inverses for every schedule the schema allows.
 */

function weeksWord(n: number): string {
  return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'недели' : 'недель';
}

const inMonths = (months?: readonly number[]): string => (months ? ` (${formatMonths(months)})` : '');

export function scheduleToText(s: Schedule): string {
  switch (s.kind) {
    case 'weekly':
      return `еженедельно${inMonths(s.months)}`;
    case 'every_n_weeks':
      return `1 раз в ${s.weeks} ${weeksWord(s.weeks)} с ${formatRuDate(s.anchor)}${inMonths(s.months)}`;
    case 'monthly':
      return `ежемесячно${s.byDay ? ` до ${s.byDay} числа` : ''}${inMonths(s.months)}`;
    case 'quarterly':
      return 'ежеквартально';
    case 'window':
      return `${formatRuDate(s.from)}–${formatRuDate(s.to)}`;
    case 'end_of_quarter':
      return 'конец четверти';
    case 'end_of_year':
      return `конец года (${s.months.map(monthName).join(', ')})`;
    case 'start_of_year':
      return `начало года (${monthName(s.month)})`;
    case 'once':
      return `однократно ${formatRuDate(s.date)}`;
  }
}

export function schedulesToText(schedules: readonly Schedule[]): string {
  return schedules.map(scheduleToText).join('; ');
}

export type SchedulesReading = { ok: true; schedules: Schedule[] } | { ok: false; problem: string };

const DATE = '(\\d{1,2}\\.\\d{1,2}\\.\\d{4})';
const PATTERNS: { re: RegExp; build: (m: RegExpExecArray, months: number[] | null) => Schedule | string }[] = [
  { re: /^(еженедельно|(1 )?раз в неделю|каждую неделю)$/, build: (_m, months) => withMonths({ kind: 'weekly' }, months) },
  {
    re: new RegExp(`^(1 )?раз в (\\d+) недел[а-я]*( с ${DATE})?$`),
    build: (m, months) => {
      if (!m[3]) return `укажите, с какой даты считать недели: «1 раз в ${m[2]} ${weeksWord(Number(m[2]))} с 13.01.2025»`;
      const anchor = readRuDate(m[4]);
      if (!anchor.ok) return `дата «${m[4]}» — ${dateProblem(anchor.reason)}`;
      return withMonths({ kind: 'every_n_weeks', weeks: Number(m[2]), anchor: anchor.date }, months);
    },
  },
  {
    re: /^(ежемесячно|(1 )?раз в месяц)( до (\d+)(-?го)? числа)?$/,
    build: (m, months) => withMonths(m[4] ? { kind: 'monthly', byDay: Number(m[4]) } : { kind: 'monthly' }, months),
  },
  { re: /^(ежеквартально|(1 )?раз в квартал)$/, build: (_m, months) => noMonths({ kind: 'quarterly' }, months) },
  {
    re: new RegExp(`^(с )?${DATE} ?(–|—|-|по) ?${DATE}$`),
    build: (m, months) => {
      const from = readRuDate(m[2]);
      const to = readRuDate(m[4]);
      if (!from.ok) return `дата «${m[2]}» — ${dateProblem(from.reason)}`;
      if (!to.ok) return `дата «${m[4]}» — ${dateProblem(to.reason)}`;
      if (to.date < from.date) return `период ${m[2]}–${m[4]} заканчивается раньше, чем начинается`;
      return noMonths({ kind: 'window', from: from.date, to: to.date }, months);
    },
  },
  { re: /^(по )?(конец|окончани[юи]) четверти( \(полугодия\))?$/, build: (_m, months) => noMonths({ kind: 'end_of_quarter' }, months) },
  {
    re: /^(на )?конец (учебного )?года$/,
    build: (_m, months) =>
      months ? { kind: 'end_of_year', months: months as [number, ...number[]] } : 'укажите месяцы: «конец года (май, июнь)»',
  },
  {
    re: /^(на )?начало (учебного )?года$/,
    build: (_m, months) =>
      months && months.length === 1 ? { kind: 'start_of_year', month: months[0] } : 'укажите один месяц: «начало года (сентябрь)»',
  },
  {
    re: new RegExp(`^(однократно )?${DATE}$`),
    build: (m, months) => {
      const date = readRuDate(m[2]);
      return date.ok ? noMonths({ kind: 'once', date: date.date }, months) : `дата «${m[2]}» — ${dateProblem(date.reason)}`;
    },
  },
];

function withMonths(s: Schedule, months: number[] | null): Schedule {
  return months ? ({ ...s, months } as Schedule) : s;
}

function noMonths(s: Schedule, months: number[] | null): Schedule | string {
  return months ? `для «${scheduleToText(s)}» месяцы не указываются` : s;
}

function matchPatterns(head: string, months: number[] | null): Schedule | string | null {
  for (const { re, build } of PATTERNS) {
    const m = re.exec(head);
    if (m) return build(m, months);
  }
  return null;
}

function readOne(part: string): Schedule | string {
  const text = part.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
  // A trailing «(…)» lists months, unless it is part of the wording («конец четверти (полугодия)»).
  const withParen = /^(.*?) ?\(([^)]*)\)$/.exec(text);
  const months = withParen ? parseMonths(withParen[2]) : null;
  const reading = withParen && months ? matchPatterns(withParen[1], months) : matchPatterns(text, null);
  if (reading !== null) return reading;
  if (withParen && !months) return `«${withParen[2]}» — не месяцы: пишите, например, «апрель–август» или «май, июнь»`;
  return (
    `не удалось разобрать «${part.trim()}»: пишите, например, «еженедельно», «1 раз в 2 недели с 13.01.2025», ` +
    '«ежемесячно до 25 числа», «ежеквартально», «03.03.2025–05.03.2025», «конец четверти», «конец года (май, июнь)»'
  );
}

/** Reads a schedule cell: parts separated by «;» or line breaks; an empty cell means no schedule. */
export function parseSchedulesText(text: string): SchedulesReading {
  const schedules: Schedule[] = [];
  for (const part of text.split(/[;\n]/)) {
    if (part.trim() === '') continue;
    const reading = readOne(part);
    if (typeof reading === 'string') return { ok: false, problem: reading };
    schedules.push(reading);
  }
  return { ok: true, schedules };
}
