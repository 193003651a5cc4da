import { MeasureId } from '../model/measures';
import { MonitoringTable, Observation } from '../model/monitoring';

/** What one school gave across all tables, merged measure by measure. */
export interface SchoolObservations {
  /** The best observation of each measure by its slot in `ObservationIndex.slots` (a value beats «н/д», see `rank`). */
  measures: Array<Observation | undefined>;
  /** Indexes (into `tables`) of the tables the school has a row in, ascending (a few: a set would cost more). */
  tables: number[];
}

/**
 * The monitoring tables indexed once: observations by school id, and which
 * tables cover which measure. Built in one pass over the rows so evaluation
 * never scans rows per school (5,000 schools × several sheets stay fast).
 * Each measure gets a slot: a school's observations are a short array behind
 * one shared map rather than a map per school — 5,000 small maps cost a cache
 * miss per lookup, and evaluation looks up 230,000 times (npm run bench).
 */
export interface ObservationIndex {
  tables: MonitoringTable[];
  bySchool: Map<string, SchoolObservations>;
  /** Measure → its slot in every school's `measures`. */
  slots: Map<MeasureId, number>;
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
  const slots = new Map<MeasureId, number>();
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
        school = { measures: [], tables: [] };
        bySchool.set(row.schoolId, school);
      }
      if (school.tables.includes(t)) duplicates.push({ table: t, schoolId: row.schoolId, row: row.row });
      else school.tables.push(t);
      // for…in rather than Object.entries: the same order, without two arrays per row.
      for (const measure in row.measures) {
        const obs = row.measures[measure];
        if (!obs) continue;
        let slot = slots.get(measure);
        if (slot === undefined) {
          slot = slots.size;
          slots.set(measure, slot);
        }
        const kept = school.measures[slot];
        // Ties keep the earlier table: the same input always merges the same way.
        if (!kept || rank(obs) > rank(kept)) school.measures[slot] = obs;
      }
    }
  });
  return { tables, bySchool, slots, coveringTables, duplicates };
}

/** The school's best observation of a measure, if any table gave one. */
export function observationOf(
  index: ObservationIndex,
  school: SchoolObservations | undefined,
  measure: MeasureId,
): Observation | undefined {
  if (school === undefined) return undefined;
  const slot = index.slots.get(measure);
  return slot === undefined ? undefined : school.measures[slot];
}

/** Indexes of the tables covering any of the measures, ascending. */
export function tablesCovering(index: ObservationIndex, measures: readonly MeasureId[]): number[] {
  const found = new Set<number>();
  for (const m of measures) for (const t of index.coveringTables.get(m) ?? []) found.add(t);
  return [...found].sort((a, b) => a - b);
}
