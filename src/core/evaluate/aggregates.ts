import { diagnostic, Diagnostic } from '../model/diagnostic';
import { FindingStatus } from '../model/finding';
import { IsoDate } from '../model/iso-date';
import { Registry } from '../model/registry';
import { Indicator, Roadmap, RoadmapItem, Rule } from '../roadmap/schema';
import { EvaluatedAggregate } from './evaluation';
import { ObservationIndex, tablesCovering } from './observation-index';
import { mainMeasures } from './rule-measures';
import { evaluateComplete } from './rules/complete';
import { EPSILON, readNumber, RuleContext } from './rules/rule-context';
import { readShare } from './rules/share-at-least';
import { SchoolView } from './school-context';

/** Sums over the schools with usable data; schools with impossible data are counted apart. */
interface Sums {
  numerator: number;
  denominator: number;
  schoolsCounted: number;
  schoolsWithErrors: number;
}

function shareSums(contexts: RuleContext[], rule: Extract<Rule, { kind: 'share_at_least' }>): Sums {
  const sums: Sums = { numerator: 0, denominator: 0, schoolsCounted: 0, schoolsWithErrors: 0 };
  for (const ctx of contexts) {
    const share = readShare(ctx, rule);
    if (share.kind === 'error') sums.schoolsWithErrors += 1;
    if (share.kind === 'counts') {
      sums.numerator += share.numerator;
      sums.denominator += share.denominator;
      sums.schoolsCounted += 1;
    }
    // A percent with a known headcount adds the people it stands for.
    if (share.kind === 'percent' && share.denominator !== null) {
      sums.numerator += Math.round((share.percent * share.denominator) / 100);
      sums.denominator += share.denominator;
      sums.schoolsCounted += 1;
    }
  }
  return sums;
}

function countSums(contexts: RuleContext[], measure: string): Sums {
  const sums: Sums = { numerator: 0, denominator: 0, schoolsCounted: 0, schoolsWithErrors: 0 };
  for (const ctx of contexts) {
    const read = readNumber(ctx, measure);
    if (read.kind === 'error') sums.schoolsWithErrors += 1;
    if (read.kind === 'number') {
      sums.numerator += read.value;
      sums.schoolsCounted += 1;
    }
  }
  return sums;
}

/** Share of schools complete: schools without data count as not complete («100 % ОО»). */
function completeSums(contexts: RuleContext[], rule: Extract<Rule, { kind: 'complete' }>): Sums {
  const sums: Sums = { numerator: 0, denominator: 0, schoolsCounted: 0, schoolsWithErrors: 0 };
  for (const ctx of contexts) {
    const status = evaluateComplete(ctx, rule).status;
    if (status === 'data_error') {
      sums.schoolsWithErrors += 1;
      continue;
    }
    sums.denominator += 1;
    if (status === 'met') sums.numerator += 1;
    if (status === 'met' || status === 'not_met') sums.schoolsCounted += 1;
  }
  return sums;
}

type Judged = Pick<EvaluatedAggregate, 'value' | 'target' | 'unit' | 'status'> & Sums;

function judge(sums: Sums, value: number, target: number, unit: string | null, met: boolean): Judged {
  const status: FindingStatus = sums.schoolsCounted === 0 ? 'no_data' : met ? 'met' : 'not_met';
  return { ...sums, value: sums.schoolsCounted === 0 ? null : value, target, unit, status };
}

function percentOf(sums: Sums): number {
  return sums.denominator > 0 ? (sums.numerator / sums.denominator) * 100 : 0;
}

/** null when the rule kind has no meaningful municipal total. */
function aggregateRule(rule: Rule, contexts: RuleContext[]): Judged | null {
  switch (rule.kind) {
    case 'share_at_least': {
      const sums = shareSums(contexts, rule);
      const value = percentOf(sums);
      return judge(sums.denominator > 0 ? sums : { ...sums, schoolsCounted: 0 }, value, rule.target, '%', value >= rule.target - EPSILON);
    }
    case 'count_at_least': {
      const sums = countSums(contexts, rule.measure);
      return judge(sums, sums.numerator, rule.target, null, sums.numerator >= rule.target);
    }
    case 'count_zero': {
      const sums = countSums(contexts, rule.measure);
      return judge(sums, sums.numerator, 0, null, sums.numerator === 0);
    }
    case 'complete': {
      const sums = completeSums(contexts, rule);
      const target = rule.schoolsTarget ?? 100;
      const value = percentOf(sums);
      return judge(sums, value, target, '%', value >= target - EPSILON);
    }
    default:
      return null;
  }
}

/**
 * Municipal totals: indicators with municipal scope against their municipal
 * target, and an informational total for every per-school share. Only
 * indicators some table covers get one.
 */
export function evaluateAggregates(
  roadmap: Roadmap,
  registry: Registry,
  index: ObservationIndex,
  asOf: IsoDate,
  diagnostics: Diagnostic[],
): EvaluatedAggregate[] {
  const aggregates: EvaluatedAggregate[] = [];
  const views = registry.schools.map((school) => new SchoolView(school, index, asOf));
  const contextsByTables = new Map<string, RuleContext[]>();
  for (const item of roadmap.items) {
    if (!item.monitored) continue;
    for (const indicator of item.indicators) {
      const wanted = indicator.scope === 'municipal' || indicator.rule.kind === 'share_at_least';
      if (!wanted) continue;
      const tables = tablesCovering(index, mainMeasures(indicator.rule));
      if (tables.length === 0) continue;
      // Indicators over the same tables see the schools the same way: one list of contexts for them all.
      const key = tables.join(',');
      let contexts = contextsByTables.get(key);
      if (!contexts) {
        contexts = views.map((view) => view.contextFor(tables));
        contextsByTables.set(key, contexts);
      }
      const judged = aggregateRule(indicator.rule, contexts);
      if (judged === null) {
        diagnostics.push(unsupported(item, indicator));
        continue;
      }
      const notDue = indicator.dueFrom !== undefined && indicator.dueFrom > asOf;
      aggregates.push({
        item: item.number,
        indicatorId: indicator.id,
        indicator: indicator.title,
        scope: indicator.scope,
        ...judged,
        status: notDue ? 'not_due' : judged.status,
      });
      if (judged.schoolsWithErrors > 0) diagnostics.push(excludedForErrors(item, indicator, judged.schoolsWithErrors));
    }
  }
  return aggregates;
}

function unsupported(item: RoadmapItem, indicator: Indicator): Diagnostic {
  return diagnostic(
    'evaluate.municipal-rule-unsupported',
    'warning',
    `Показатель «${indicator.title}» (п. ${item.number}) задан для муниципалитета, но итог по муниципалитету для такого правила не считается`,
  );
}

function excludedForErrors(item: RoadmapItem, indicator: Indicator, schools: number): Diagnostic {
  return diagnostic(
    'evaluate.aggregate-excludes-errors',
    'info',
    `В итог по муниципалитету по показателю «${indicator.title}» (п. ${item.number}) не вошли ОО с ошибками в данных: ${schools}`,
  );
}
