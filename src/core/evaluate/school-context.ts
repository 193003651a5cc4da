import { IsoDate } from '../model/iso-date';
import { MeasureId } from '../model/measures';
import { Observation } from '../model/monitoring';
import { School } from '../model/registry';
import { ObservationIndex, observationOf, SchoolObservations } from './observation-index';
import { RuleContext } from './rules/rule-context';

/**
 * One school's view of the indexed tables, made once per school; `contextFor`
 * then gives rule evaluators the fallback sheet of an indicator's covering tables.
 */
export class SchoolView {
  readonly observe: (measure: MeasureId) => Observation | undefined;
  private readonly observations: SchoolObservations | undefined;

  constructor(
    readonly school: School,
    private readonly index: ObservationIndex,
    private readonly asOf: IsoDate,
  ) {
    const observations = index.bySchool.get(school.id);
    this.observations = observations;
    this.observe = (measure) => observationOf(index, observations, measure);
  }

  /** True when the school has a row in at least one of the tables. */
  isIn(tables: number[]): boolean {
    const observations = this.observations;
    return observations !== undefined && tables.some((t) => observations.tables.includes(t));
  }

  /** The rule context for an indicator covered by `coveringTables` (first one the school is in = fallback sheet). */
  contextFor(coveringTables: number[]): RuleContext {
    const present = coveringTables.find((t) => this.observations?.tables.includes(t));
    return {
      school: this.school,
      asOf: this.asOf,
      observe: this.observe,
      sheet: present === undefined ? null : this.index.tables[present].sheet,
    };
  }
}
