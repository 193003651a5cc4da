import { RoadmapItem, Indicator, Roadmap, Rule } from './schema';
import { RULE_KIND_NAMES } from './rule-kind-names';
import { formatRuDate } from './ru-dates';
import { schedulesToText } from './schedule-text';
import { NO, RULES_COLUMNS, RulesColumn, SCOPE_NAMES, YES } from './rules-table-layout';

export { tableToRoadmap } from './rules-table-read';
export type { TableToRoadmapResult } from './rules-table-read';
export { RULES_SHEET, RULES_COLUMNS } from './rules-table-layout';
export type { RulesTable } from './rules-table-layout';

type Cell = string | number | null;
type RuleCells = Pick<Record<RulesColumn, Cell>, 'measures' | 'percentMeasure' | 'threshold' | 'flagshipThreshold' | 'unit' | 'deadline'>;

/** What each rule kind puts into the «Данные», «Порог», … columns. */
function ruleCells(rule: Rule): RuleCells {
  const none: RuleCells = { measures: null, percentMeasure: null, threshold: null, flagshipThreshold: null, unit: null, deadline: null };
  switch (rule.kind) {
    case 'share_at_least':
      return {
        ...none,
        measures: `${rule.numerator} / ${rule.denominator}`,
        percentMeasure: rule.percentMeasure ?? null,
        threshold: rule.target,
        unit: '%',
      };
    case 'count_zero':
      return { ...none, measures: rule.measure, threshold: 0 };
    case 'count_at_least':
      return { ...none, measures: rule.measure, threshold: rule.target, flagshipThreshold: rule.flagged?.target ?? null };
    case 'counts_equal':
      return { ...none, measures: `${rule.left} = ${rule.right}` };
    case 'value_at_least':
      return { ...none, measures: rule.measure, threshold: rule.target, unit: rule.unit };
    case 'report_by':
      return { ...none, measures: rule.measure, deadline: formatRuDate(rule.deadline) };
    case 'complete':
      return {
        ...none,
        measures: rule.fields.join(', '),
        threshold: rule.schoolsTarget ?? null,
        unit: rule.schoolsTarget === undefined ? null : '% ОО',
      };
  }
}

function itemCells(item: RoadmapItem): Pick<Record<RulesColumn, Cell>, 'item' | 'itemTitle' | 'schedule' | 'footnote' | 'monitored'> {
  return {
    item: item.number,
    itemTitle: item.title,
    schedule: schedulesToText(item.control.schedules) || null,
    footnote: item.footnote ? YES : NO,
    monitored: item.monitored ? YES : NO,
  };
}

function indicatorCells(ind: Indicator): Partial<Record<RulesColumn, Cell>> {
  return {
    indicatorId: ind.id,
    indicatorTitle: ind.title,
    scope: SCOPE_NAMES[ind.scope],
    kind: RULE_KIND_NAMES[ind.rule.kind],
    ...ruleCells(ind.rule),
    dueFrom: ind.dueFrom ? formatRuDate(ind.dueFrom) : null,
  };
}

/**
 * The roadmap as the rows of the sheet «Правила»: a header row, then one row per indicator
 * (an item's columns repeated on each of its rows) and one row per item without indicators.
 * Dates are written as text «07.02.2025», thresholds as numbers.
 */
export function roadmapToTable(roadmap: Roadmap): Cell[][] {
  const header = RULES_COLUMNS.map((c) => c.header);
  const rows: Cell[][] = [header];
  const toRow = (cells: Partial<Record<RulesColumn, Cell>>): Cell[] => RULES_COLUMNS.map((c) => cells[c.key] ?? null);
  for (const item of roadmap.items) {
    if (item.indicators.length === 0) rows.push(toRow(itemCells(item)));
    for (const ind of item.indicators) rows.push(toRow({ ...itemCells(item), ...indicatorCells(ind) }));
  }
  return rows;
}
