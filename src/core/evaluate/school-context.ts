import { IsoDate } from '../model/iso-date';
import { School } from '../model/registry';
import { ObservationIndex } from './observation-index';
import { RuleContext } from './rules/rule-context';

const NOTHING = new Map();

/**
 * A school's view of the indexed tables for rule evaluators. `coveringTables`
 * picks the fallback sheet: the first covering table the school is in.
 */
export function schoolContext(school: School, index: ObservationIndex, asOf: IsoDate, coveringTables: number[]): RuleContext {
  const observations = index.bySchool.get(school.id);
  const measures = observations?.measures ?? NOTHING;
  const present = coveringTables.find((t) => observations?.tables.has(t));
  return {
    school,
    asOf,
    observe: (measure) => measures.get(measure),
    sheet: present === undefined ? null : index.tables[present].sheet,
  };
}

/** True when the school has a row in at least one of the tables. */
export function schoolIsIn(school: School, index: ObservationIndex, tables: number[]): boolean {
  const observations = index.bySchool.get(school.id);
  return observations !== undefined && tables.some((t) => observations.tables.has(t));
}
