import { MeasureId } from '../model/measures';
import { MonitoringTable, Observation } from '../model/monitoring';

/** What one school gave across all tables, merged measure by measure. */
export interface SchoolObservations {
  /** The best observation of each measure (a value beats «н/д», see `rank`). */
  measures: Map<MeasureId, Observation>;
  /** Indexes (into `tables`) of the tables the school has a row in. */
  tables: Set<number>;
}

/**
 * The monitoring tables indexed once: observations by school id, and which
 * tables cover which measure. Built in one pass over the rows so evaluation
 * never scans rows per school (5,000 schools × several sheets stay fast).
 */
export interface ObservationIndex {
  tables: MonitoringTable[];
  bySchool: Map<string, SchoolObservations>;
  /** Table indexes per measure, in table order. */
  coveringTables: Map<MeasureId, number[]>;
  /** Rows that repeat a school already seen in the same table, for a warning. */
  duplicates: Array<{ table: number; schoolId: string; row: number }>;
}

/** A present value outranks an unreadable one, which outranks an empty cell. */
function rank(obs: Observation): number {
  if (obs.value.kind === 'missing') return 0;
  if (obs.value.kind === 'invalid') return 1;
  return 2;
}

export function indexObservations(tables: MonitoringTable[]): ObservationIndex {
  const bySchool = new Map<string, SchoolObservations>();
  const coveringTables = new Map<MeasureId, number[]>();
  const duplicates: ObservationIndex['duplicates'] = [];

  tables.forEach((table, t) => {
    for (const measure of new Set(table.measures)) {
      const list = coveringTables.get(measure);
      if (list) list.push(t);
      else coveringTables.set(measure, [t]);
    }
    for (const row of table.rows) {
      if (row.schoolId === null) continue;
      let school = bySchool.get(row.schoolId);
      if (!school) {
        school = { measures: new Map(), tables: new Set() };
        bySchool.set(row.schoolId, school);
      }
      if (school.tables.has(t)) duplicates.push({ table: t, schoolId: row.schoolId, row: row.row });
      school.tables.add(t);
      for (const [measure, obs] of Object.entries(row.measures)) {
        if (!obs) continue;
        const kept = school.measures.get(measure);
        // Ties keep the earlier table: the same input always merges the same way.
        if (!kept || rank(obs) > rank(kept)) school.measures.set(measure, obs);
      }
    }
  });
  return { tables, bySchool, coveringTables, duplicates };
}

/** Indexes of the tables covering any of the measures, ascending. */
export function tablesCovering(index: ObservationIndex, measures: readonly MeasureId[]): number[] {
  const found = new Set<number>();
  for (const m of measures) for (const t of index.coveringTables.get(m) ?? []) found.add(t);
  return [...found].sort((a, b) => a - b);
}
