import { CheckProgress } from '../model/check-progress';
import { Evaluation, PreviousRound, RoundEvaluation } from '../evaluate/evaluation';
import { IngestResult, MappingOverride } from '../ingest/ingest-types';
import { Diagnostic } from '../model/diagnostic';
import { WorkbookGrids } from '../model/grid';
import { IsoDate } from '../model/iso-date';
import { MonitoringTable } from '../model/monitoring';
import { Registry } from '../model/registry';
import { WorkbookPlan } from '../plan/workbook-plan';
import { Roadmap } from '../roadmap/schema';

export interface CheckInput {
  books: WorkbookGrids[];
  roadmap: Roadmap;
  /** `--registry FILE` (or the add-in's chosen registry); null: a «Справочник ОО» sheet, else the rows. */
  registry: Registry | null;
  mapping: MappingOverride[];
  /** An explicit monitoring date (`--as-of`): wins over the workbook's. */
  asOf: IsoDate | null;
  /** The host's clock, read once by the host: the last resort for asOf. */
  today: IsoDate;
  previous?: PreviousRound | null;
  /** Told as sheets are read and schools checked, for the host's progress bar. */
  progress?: CheckProgress;
}

export type AsOfSource = 'argument' | 'workbook' | 'today';

export interface BookCheck {
  book: string;
  ingest: IngestResult;
  /** What to do to this book: apply it with the host's adapter. */
  plan: WorkbookPlan;
}

export interface CheckResult {
  asOf: IsoDate;
  asOfSource: AsOfSource;
  roadmap: Roadmap;
  /** The registry the evaluation used (every book's schools). */
  registry: Registry;
  tables: MonitoringTable[];
  evaluation: Evaluation;
  /** Each round of each monitoring with earlier rounds in the books, oldest first (the trend). */
  rounds: RoundEvaluation[];
  books: BookCheck[];
  /** Every stage's diagnostics, in order: ingestion book by book, then evaluation. */
  diagnostics: Diagnostic[];
  /** False when no book held a monitoring table: nothing was checked (the CLI exits 1). */
  checked: boolean;
}
