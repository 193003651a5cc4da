import { IsoDate } from './iso-date';
import { NounForms } from './nouns';

export const FINDING_STATUSES = ['met', 'not_met', 'no_data', 'late', 'missing', 'not_due', 'data_error'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Statuses that put a school into an explanation request (the footnote's rule). */
export const STATUSES_NEEDING_EXPLANATION: readonly FindingStatus[] = ['not_met', 'no_data', 'late', 'missing', 'data_error'];

export type Comparison = 'new' | 'repeated' | 'improved' | 'worsened' | 'unchanged';

export interface Finding {
  schoolId: string;
  item: string;
  indicatorId: string;
  /** Indicator title in Russian. */
  indicator: string;
  status: FindingStatus;
  /** Shares in percent (85.7), counts as numbers, report dates as IsoDate. */
  value: number | string | null;
  target: number | string | null;
  /** '%', 'Мбит/с', or null for plain counts and dates. */
  unit: string | null;
  /** «не хватает 3 педагогов до 100 %»: people (or things) short of the target. */
  shortfall: { count: number; noun: NounForms | null } | null;
  /** For report_by: the deadline. */
  deadline: IsoDate | null;
  sheet: string | null;
  cell: string | null;
  /** A plain Russian sentence with what exactly is wrong (missing fields, impossible data). */
  detail: string | null;
  /** Compared with the previous round, when one was given. */
  comparison: Comparison | null;
  /**
   * A combined indicator judged on some of its parts (the others had no
   * column): the parts checked, for the letter to name. Absent otherwise.
   */
  checkedParts?: string[];
}

export interface AggregateFinding {
  item: string;
  indicatorId: string;
  indicator: string;
  status: FindingStatus;
  /** Sum of numerators over sum of denominators, in percent (or the summed count). */
  value: number | null;
  target: number | null;
  unit: string | null;
  numerator: number;
  denominator: number;
  /** Schools that contributed data. */
  schoolsCounted: number;
}
