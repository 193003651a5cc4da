import { IngestResult } from '../../../src/core/ingest/ingest-types';
import { ColumnMapping, MonitoringRow, MonitoringTable } from '../../../src/core/model/monitoring';

/** Small readers that keep the assertions about what a user sees. */
export function tableOf(result: IngestResult, sheet: string): MonitoringTable {
  const table = result.tables.find((t) => t.sheet === sheet);
  if (!table) throw new Error(`no table for ${sheet}; diagnostics: ${JSON.stringify(result.diagnostics)}`);
  return table;
}

export function mappingOf(table: MonitoringTable): Record<string, string | null> {
  return Object.fromEntries(table.mapping.map((m) => [m.column, m.measure]));
}

export function column(table: MonitoringTable, letter: string): ColumnMapping {
  const m = table.mapping.find((c) => c.column === letter);
  if (!m) throw new Error(`no column ${letter}`);
  return m;
}

export function rowOf(table: MonitoringTable, schoolName: string): MonitoringRow {
  const row = table.rows.find((r) => r.schoolName === schoolName);
  if (!row) throw new Error(`no row for ${schoolName}: ${table.rows.map((r) => r.schoolName).join('; ')}`);
  return row;
}

/** The parsed value of a measure in a row, as a short comparable shape. */
export function valueOf(row: MonitoringRow, measure: string): unknown {
  const obs = row.measures[measure];
  if (!obs) return undefined;
  const v = obs.value;
  return v.kind === 'number' || v.kind === 'date' || v.kind === 'flag' ? v.value : v.kind;
}
