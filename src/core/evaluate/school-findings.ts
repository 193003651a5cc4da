import { Finding } from '../model/finding';
import { IsoDate } from '../model/iso-date';
import { Registry } from '../model/registry';
import { Indicator, Roadmap, RoadmapItem } from '../roadmap/schema';
import { ObservationIndex, tablesCovering } from './observation-index';
import { mainMeasures } from './rule-measures';
import { evaluateRule } from './rules/evaluate-rule';
import { RuleOutcome } from './rules/rule-context';
import { SchoolView } from './school-context';

interface CoveredIndicator {
  item: RoadmapItem;
  indicator: Indicator;
  /** Tables whose columns include the indicator's main measure. */
  tables: number[];
}

/** School-scope indicators of monitored items that some table covers, in roadmap order. */
export function coveredSchoolIndicators(roadmap: Roadmap, index: ObservationIndex): CoveredIndicator[] {
  const covered: CoveredIndicator[] = [];
  for (const item of roadmap.items) {
    if (!item.monitored) continue;
    for (const indicator of item.indicators) {
      if (indicator.scope !== 'school') continue;
      const tables = tablesCovering(index, mainMeasures(indicator.rule));
      // A sheet without the column says nothing about the indicator: no finding at all.
      if (tables.length > 0) covered.push({ item, indicator, tables });
    }
  }
  return covered;
}

/**
 * Every registry school × every covered school-scope indicator, ordered by
 * registry order, then roadmap order. Nothing here reads the clock.
 */
export function evaluateSchools(roadmap: Roadmap, registry: Registry, index: ObservationIndex, asOf: IsoDate): Finding[] {
  const covered = coveredSchoolIndicators(roadmap, index);
  const findings: Finding[] = [];
  for (const school of registry.schools) {
    const view = new SchoolView(school, index, asOf);
    for (const { item, indicator, tables } of covered) {
      const ctx = view.contextFor(tables);
      let result: RuleOutcome;
      if (indicator.dueFrom !== undefined && indicator.dueFrom > asOf) {
        result = notDueYet(evaluateRule(ctx, indicator.rule), indicator.dueFrom);
      } else if (!view.isIn(tables)) {
        result = absentOutcome(evaluateRule(ctx, indicator.rule), index.tables[tables[0]].sheet);
      } else {
        result = evaluateRule(ctx, indicator.rule);
      }
      findings.push({
        schoolId: school.id,
        item: item.number,
        indicatorId: indicator.id,
        indicator: indicator.title,
        status: result.status,
        value: result.value,
        target: result.target,
        unit: result.unit,
        shortfall: result.shortfall,
        deadline: result.deadline,
        sheet: result.sheet,
        cell: result.cell,
        detail: result.detail,
        comparison: null,
      });
    }
  }
  return findings;
}

/** Before the result is due: keep what the school has so far (value, cell), judge nothing. */
function notDueYet(sofar: RuleOutcome, dueFrom: IsoDate): RuleOutcome {
  return { ...sofar, status: 'not_due', shortfall: null, deadline: dueFrom, detail: null };
}

/**
 * The school is in the registry but in none of the sheets that cover the
 * indicator: the rule run on no observations still gives the target (and
 * `not_due` for a report whose deadline is ahead); anything else is no data.
 */
function absentOutcome(onNothing: RuleOutcome, sheet: string): RuleOutcome {
  if (onNothing.status === 'not_due') return { ...onNothing, sheet, cell: null };
  return {
    ...onNothing,
    status: 'no_data',
    value: null,
    shortfall: null,
    sheet,
    cell: null,
    detail: `организации нет в таблице «${sheet}»`,
  };
}
