import { CheckProgress } from '../model/check-progress';
import { Diagnostic } from '../model/diagnostic';
import { IsoDate } from '../model/iso-date';
import { MeasureId } from '../model/measures';
import { ColumnMapping, MonitoringTable } from '../model/monitoring';
import { Registry } from '../model/registry';
import { Roadmap } from '../roadmap/schema';

/** A user's fix of one column (`--mapping FILE.json`, or the task pane): null ignores the column. */
export interface MappingOverride {
  sheet: string;
  column: string;
  measure: MeasureId | null;
}

export interface IngestOptions {
  roadmap: Roadmap;
  /** A registry given from outside (`--registry`); otherwise a «Справочник ОО» sheet, else built from the rows. */
  registry: Registry | null;
  mapping: MappingOverride[];
  /** Told after each sheet is read. */
  progress?: CheckProgress;
}

export interface IngestResult {
  tables: MonitoringTable[];
  registry: Registry;
  /** The latest monitoring date found in titles or sheet names, if any. */
  asOf: IsoDate | null;
  /** The effective mapping of every table column, for report.json and the mapping view. */
  mapping: ColumnMapping[];
  diagnostics: Diagnostic[];
}
