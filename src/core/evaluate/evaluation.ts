import { CheckProgress } from '../model/check-progress';
import { Diagnostic } from '../model/diagnostic';
import { AggregateFinding, Finding, FindingStatus } from '../model/finding';
import { IsoDate } from '../model/iso-date';
import { MonitoringTable } from '../model/monitoring';
import { Registry } from '../model/registry';
import { Roadmap } from '../roadmap/schema';

/** One finding of an earlier round, as report.json kept it (schools matched by ИНН, then name). */
export interface PreviousFinding {
  school: string;
  inn: string | null;
  item: string;
  indicatorId: string;
  status: FindingStatus;
  value: number | string | null;
}

export interface PreviousRound {
  asOf: IsoDate;
  findings: PreviousFinding[];
}

export interface EvaluationInput {
  roadmap: Roadmap;
  registry: Registry;
  tables: MonitoringTable[];
  /** The monitoring date: the core never reads the clock. */
  asOf: IsoDate;
  previous?: PreviousRound | null;
  /** Told every few hundred schools. */
  progress?: CheckProgress;
}

/** A control date of the year: a monitoring, a window, a report deadline. */
export interface ControlEvent {
  item: string;
  /** First day of the event (the monitoring date, the window start, the deadline). */
  date: IsoDate;
  /** Last day for windows and «by the 25th» months; equals `date` otherwise. */
  until: IsoDate;
  kind: 'monitoring' | 'window' | 'report_deadline' | 'result_deadline';
  /** Russian: «Мониторинг 1 раз в 2 недели», «Срок направления информации в УО». */
  label: string;
  /**
   * As of the date: `done` (passed and the workbook holds data for it), `overdue`
   * (passed, no data for it), `due` (falls in the current week/window), `upcoming`.
   */
  state: 'done' | 'overdue' | 'due' | 'upcoming';
}

/**
 * A municipal total. `scope: 'municipal'` is judged against a municipal target
 * of the roadmap; `scope: 'school'` is the informational total of a per-school
 * share (same target) so the summary can show the municipality as a whole.
 */
export interface EvaluatedAggregate extends AggregateFinding {
  scope: 'municipal' | 'school';
  /** Schools left out of the sums because their data was impossible (data_error). */
  schoolsWithErrors: number;
}

export interface Evaluation {
  asOf: IsoDate;
  roadmapId: string;
  /** Every school × indicator the tables cover (and report deadlines for every school). */
  findings: Finding[];
  aggregates: EvaluatedAggregate[];
  calendar: ControlEvent[];
  diagnostics: Diagnostic[];
}

/** One round of one monitoring as «Динамика» shows it. */
export interface RoundEvaluation {
  series: string;
  asOf: IsoDate;
  sheets: string[];
  evaluation: Evaluation;
}
