import { ControlEvent, EvaluatedAggregate } from '../evaluate/evaluation';
import { MappingOverride } from '../ingest/ingest-types';
import { Severity } from '../model/diagnostic';
import { Comparison, FindingStatus } from '../model/finding';
import { IsoDate } from '../model/iso-date';
import { ColumnConfidence } from '../model/monitoring';
import { ColumnCounts } from './column-summary';

/**
 * report.json, as other tools read it (`--previous` of the next round among
 * them), plus the extra fields it allows. Field names are the contract: do not
 * rename them.
 */
export interface ReportFinding {
  item: string;
  indicator: string;
  status: FindingStatus;
  value: number | string | null;
  target: number | string | null;
  sheet: string | null;
  cell: string | null;
  /** Extra: lets the next round match this finding (`--previous report.json`). */
  indicatorId: string;
  /** Extra: '%', 'Мбит/с' or null. */
  unit: string | null;
  /** Extra: against the previous round (`--previous`), null without one. */
  comparison: Comparison | null;
  /** Extra, only for a combined indicator judged on some of its parts: the parts checked. */
  checked?: string[];
}

export interface ReportSchool {
  name: string;
  inn: string | null;
  findings: ReportFinding[];
}

export interface ReportLetter {
  school: string;
  inn: string | null;
  items: string[];
  files: string[];
}

export interface ReportDiagnostic {
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  message: string;
  /** Extra: the stable id («ingest.header-not-found»). */
  id: string;
}

/** Extra: one column's mapping, in the shape `--mapping FILE.json` reads back (header and confidence are informative). */
export interface ReportMappingEntry extends MappingOverride {
  book: string;
  header: string;
  confidence: ColumnConfidence;
}

export interface CheckReport {
  asOf: IsoDate;
  roadmap: string;
  schools: ReportSchool[];
  letters: ReportLetter[];
  diagnostics: ReportDiagnostic[];
  /** Extra: where asOf came from. */
  asOfSource: 'argument' | 'workbook' | 'today';
  books: string[];
  mapping: ReportMappingEntry[];
  aggregates: EvaluatedAggregate[];
  calendar: ControlEvent[];
  summary: {
    schools: number;
    findings: Record<FindingStatus, number>;
    schoolsNeedingExplanation: number;
    letters: number;
    /** Extra: table columns understood (a measure, or which school a row is) and not understood. */
    columns: ColumnCounts;
  };
}
