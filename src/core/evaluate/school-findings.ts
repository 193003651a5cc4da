import { CheckProgress, reportEvery } from '../model/check-progress';
import { Finding } from '../model/finding';
import { IsoDate } from '../model/iso-date';
import { Registry } from '../model/registry';
import { Indicator, Roadmap, RoadmapItem } from '../roadmap/schema';
import { ObservationIndex, tablesCovering } from './observation-index';
import { PresentParts, partsDetail, presentParts } from './present-parts';
import { mainMeasures } from './rule-measures';
import { evaluateRule } from './rules/evaluate-rule';
import { attribute, newOutcome } from './rules/outcome-shape';
import { RuleContext, RuleOutcome } from './rules/rule-context';
import { SchoolView } from './school-context';

interface CoveredIndicator {
  item: RoadmapItem;
  indicator: Indicator;
  /** Tables whose columns include the indicator's main measure. */
  tables: number[];
  /** A combined indicator judged on some of its parts only; null when all (or a single one) are present. */
  parts: PresentParts | null;
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
      if (tables.length > 0) covered.push({ item, indicator, tables, parts: presentParts(indicator.rule, index) });
    }
  }
  return covered;
}

/**
 * Indicators covered by the same tables see a school the same way: they share
 * one rule context per school (a region has 19 indicators over 4 sets of tables).
 */
function tableSetOf(covered: CoveredIndicator[]): { setOf: number[]; sets: number[][] } {
  const byKey = new Map<string, number>();
  const sets: number[][] = [];
  const setOf = covered.map(({ tables }) => {
    const key = tables.join(',');
    let set = byKey.get(key);
    if (set === undefined) {
      set = sets.length;
      byKey.set(key, set);
      sets.push(tables);
    }
    return set;
  });
  return { setOf, sets };
}

/**
 * Every registry school × every covered school-scope indicator, ordered by
 * registry order, then roadmap order. Nothing here reads the clock.
 */
export function evaluateSchools(
  roadmap: Roadmap,
  registry: Registry,
  index: ObservationIndex,
  asOf: IsoDate,
  progress?: CheckProgress,
): Finding[] {
  const covered = coveredSchoolIndicators(roadmap, index);
  const { setOf, sets } = tableSetOf(covered);
  // Sized once: 95,000 findings at region scale would otherwise regrow the array a few dozen times.
  const findings: Finding[] = new Array(registry.schools.length * covered.length);
  let next = 0;
  const contexts: Array<RuleContext | null> = sets.map(() => null);
  const present: boolean[] = sets.map(() => false);
  const total = registry.schools.length;
  for (const [done, school] of registry.schools.entries()) {
    reportEvery(progress, 'schools', done, total);
    const view = new SchoolView(school, index, asOf);
    for (let s = 0; s < sets.length; s++) {
      contexts[s] = null;
      present[s] = view.isIn(sets[s]);
    }
    for (let i = 0; i < covered.length; i++) {
      const { item, indicator, tables, parts } = covered[i];
      const rule = parts ? parts.rule : indicator.rule;
      const set = setOf[i];
      const ctx = contexts[set] ?? (contexts[set] = view.contextFor(tables));
      let result: RuleOutcome;
      if (indicator.dueFrom !== undefined && indicator.dueFrom > asOf) {
        result = notDueYet(evaluateRule(ctx, rule), indicator.dueFrom);
      } else if (!present[set]) {
        result = absentOutcome(evaluateRule(ctx, rule), index.tables[tables[0]].sheet);
      } else {
        result = evaluateRule(ctx, rule);
      }
      const finding = attribute(result, school.id, item.number, indicator.id, indicator.title);
      if (parts) {
        finding.detail = partsDetail(parts, finding.detail);
        finding.checkedParts = parts.checked;
      }
      findings[next++] = finding;
    }
  }
  reportEvery(progress, 'schools', total, total);
  return findings;
}

/** Before the result is due: keep what the school has so far (value, cell), judge nothing. */
function notDueYet(sofar: RuleOutcome, dueFrom: IsoDate): RuleOutcome {
  return newOutcome('not_due', sofar.value, sofar.target, sofar.unit, null, dueFrom, sofar.sheet, sofar.cell, null);
}

/**
 * The school is in the registry but in none of the sheets that cover the
 * indicator: the rule run on no observations still gives the target (and
 * `not_due` for a report whose deadline is ahead); anything else is no data.
 * Field by field rather than by spread: this runs for every absent school × indicator.
 */
function absentOutcome(onNothing: RuleOutcome, sheet: string): RuleOutcome {
  const notDue = onNothing.status === 'not_due';
  return newOutcome(
    notDue ? 'not_due' : 'no_data',
    notDue ? onNothing.value : null,
    onNothing.target,
    onNothing.unit,
    notDue ? onNothing.shortfall : null,
    onNothing.deadline,
    sheet,
    null,
    notDue ? onNothing.detail : `организации нет в таблице «${sheet}»`,
  );
}
