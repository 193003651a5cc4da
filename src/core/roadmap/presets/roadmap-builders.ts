import { IsoDate } from '../../model/iso-date';
import { Indicator, Rule, RoadmapItem, Schedule } from '../schema';

/**
 * Small constructors the presets are written with. They never emit keys whose
 * value is undefined, so a preset, its JSON and its table round trip compare
 * equal with a strict deep equality.
 */

type Months = [number, ...number[]];

function withOptional<T extends object>(base: T, optional: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) out[key] = value;
  return out as T;
}

// Rules.
export const share = (numerator: string, denominator: string, target: number, percentMeasure?: string): Rule =>
  withOptional({ kind: 'share_at_least', numerator, denominator, target } as Rule, { percentMeasure });
export const countZero = (measure: string): Rule => ({ kind: 'count_zero', measure });
export const countAtLeast = (measure: string, target: number, flagshipTarget?: number): Rule =>
  withOptional({ kind: 'count_at_least', measure, target } as Rule, {
    flagged: flagshipTarget === undefined ? undefined : { flag: 'flagship', target: flagshipTarget },
  });
export const countsEqual = (left: string, right: string): Rule => ({ kind: 'counts_equal', left, right });
export const valueAtLeast = (measure: string, target: number, unit: string): Rule => ({ kind: 'value_at_least', measure, target, unit });
export const reportBy = (measure: string, deadline: IsoDate): Rule => ({ kind: 'report_by', measure, deadline });
export const complete = (fields: [string, ...string[]], schoolsTarget?: number): Rule =>
  withOptional({ kind: 'complete', fields } as Rule, { schoolsTarget });

// Schedules.
export const weekly = (months?: Months): Schedule => withOptional({ kind: 'weekly' } as Schedule, { months });
export const everyNWeeks = (weeks: number, anchor: IsoDate, months?: Months): Schedule =>
  withOptional({ kind: 'every_n_weeks', weeks, anchor } as Schedule, { months });
export const monthly = (options: { byDay?: number; months?: Months } = {}): Schedule =>
  withOptional({ kind: 'monthly' } as Schedule, options);
export const quarterly = (): Schedule => ({ kind: 'quarterly' });
export const window = (from: IsoDate, to: IsoDate): Schedule => ({ kind: 'window', from, to });
export const endOfQuarter = (): Schedule => ({ kind: 'end_of_quarter' });
export const endOfYear = (months: Months): Schedule => ({ kind: 'end_of_year', months });
export const startOfYear = (month: number): Schedule => ({ kind: 'start_of_year', month });

/** An indicator each school must reach unless `scope` says it is the municipality's sum. */
export function indicator(id: string, title: string, rule: Rule, extra: { scope?: Indicator['scope']; dueFrom?: IsoDate } = {}): Indicator {
  return withOptional({ id, title, scope: extra.scope ?? 'school', rule } as Indicator, { dueFrom: extra.dueFrom });
}

export interface ItemSpec {
  number: string;
  section?: string;
  title: string;
  period: string;
  responsible: string;
  expectedResult: string;
  controlText: string;
  schedules?: Schedule[];
  reportDeadline?: IsoDate;
  footnote?: boolean;
  indicators?: Indicator[];
}

/** A plan item; it is monitored exactly when it has something measurable to check. */
export function item(spec: ItemSpec): RoadmapItem {
  const indicators = spec.indicators ?? [];
  return withOptional(
    {
      number: spec.number,
      title: spec.title,
      period: spec.period,
      responsible: spec.responsible,
      expectedResult: spec.expectedResult,
      control: withOptional({ text: spec.controlText, schedules: spec.schedules ?? [] }, { reportDeadline: spec.reportDeadline }),
      footnote: spec.footnote ?? false,
      monitored: indicators.length > 0,
      indicators,
    } as RoadmapItem,
    { section: spec.section },
  );
}
