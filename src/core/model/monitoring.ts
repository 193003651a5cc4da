import { IsoDate } from './iso-date';
import { MeasureId } from './measures';

/** A parsed cell value, typed by the measure's type. */
export type MeasureValue =
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: IsoDate }
  | { kind: 'flag'; value: boolean }
  /** Empty, «н/д», «-», «нет данных»: the school gave nothing. */
  | { kind: 'missing'; raw: string | null }
  /** Present but unreadable for this measure («много», «#ДЕЛ/0!», a date where a count belongs). */
  | { kind: 'invalid'; raw: string; reason: string };

export interface Observation {
  value: MeasureValue;
  sheet: string;
  /** A1 address of the source cell. */
  cell: string;
}

export interface MonitoringRow {
  /** The school as the sheet wrote it. */
  schoolName: string;
  inn: string | null;
  /** Registry school id once matched; null when nothing in the registry fits. */
  schoolId: string | null;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  measures: Partial<Record<MeasureId, Observation>>;
}

/**
 * How sure a column's mapping is. `sure` and `guess` are both used (a guess is
 * flagged with a warning); `unknown` is a data column nothing recognised (a
 * warning too); `identity` says which school a row is, or gives context (№,
 * name, ИНН, municipality, address, director, phone, notes); `ignored` is a
 * column with a header and no data; `user` wins over anything ingestion found.
 */
export type ColumnConfidence = 'sure' | 'guess' | 'user' | 'unknown' | 'identity' | 'ignored';

/** How a column was mapped. `user` wins over anything ingestion guessed. */
export interface ColumnMapping {
  sheet: string;
  /** Column letter, "D". */
  column: string;
  /** The header text as read (parent › child for two-row headers). */
  header: string;
  measure: MeasureId | null;
  confidence: ColumnConfidence;
  /** Other measures the column could be, best first (for the mapping view). */
  alternatives: MeasureId[];
}

export interface MonitoringTable {
  book: string;
  sheet: string;
  /** Monitoring date read from a title or the sheet name, if any. */
  asOf: IsoDate | null;
  /** The measures this sheet covers: only these can give `no_data`. */
  measures: MeasureId[];
  rows: MonitoringRow[];
  mapping: ColumnMapping[];
  /** 1-based sheet rows of the header (one or two). */
  headerRows: number[];
}
