import { CellValue } from '../model/grid';
import { Rule, RuleKind } from './schema';
import { RULE_KIND_NAMES } from './rule-kind-names';
import { RULES_COLUMNS, RulesColumn } from './rules-table-layout';
import { cellText, isBlank, readDate, readNumber } from './rules-cell-readers';

/** A problem in one cell of a row, before it is given a sheet address. */
export interface CellProblem {
  column: RulesColumn;
  id: string;
  text: string;
}

export type RowCells = Record<RulesColumn, CellValue>;

const header = (column: RulesColumn): string => RULES_COLUMNS.find((c) => c.key === column)!.header;

/**
 * Builds the rule of one indicator row from its «Данные», «Порог», … cells. Every problem
 * is collected; a cell that cannot be read leaves NaN or '' in the rule, which never passes
 * the schema, so nothing half-read is used. Measure ids are checked by the schema afterwards.
 */
export function ruleFromCells(kind: RuleKind, cells: RowCells): { rule: Rule; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const name = `«${RULE_KIND_NAMES[kind]}»`;

  const measures = (separator: RegExp, count: number | 'many', example: string): string[] => {
    const parts = cellText(cells.measures)
      .split(separator)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const fits = count === 'many' ? parts.length > 0 : parts.length === count;
    if (!fits) {
      problems.push({ column: 'measures', id: 'rules.measures-invalid', text: `для вида ${name} укажите данные так: «${example}»` });
      return count === 'many' ? [''] : Array.from({ length: count }, (_, i) => parts[i] ?? '');
    }
    return parts;
  };
  const threshold = (required: boolean): number | undefined => {
    if (isBlank(cells.threshold)) {
      if (required) problems.push({ column: 'threshold', id: 'rules.threshold-missing', text: `для вида ${name} укажите порог` });
      return required ? Number.NaN : undefined;
    }
    const reading = readNumber(cells.threshold, 'порог');
    if (reading.ok) return reading.value;
    problems.push({ column: 'threshold', id: 'rules.threshold-not-a-number', text: reading.problem });
    return Number.NaN;
  };
  const mustBeBlank = (column: RulesColumn, allowed?: (v: CellValue) => boolean): void => {
    const value = cells[column];
    if (isBlank(value) || allowed?.(value)) return;
    problems.push({
      column,
      id: 'rules.cell-not-applicable',
      text: `для вида ${name} столбец «${header(column)}» не заполняется («${cellText(value)}») — очистите ячейку`,
    });
  };

  let rule: Rule;
  switch (kind) {
    case 'share_at_least': {
      const [numerator, denominator] = measures(/\//, 2, 'teachers_fgis_registered / teachers_total');
      const percent = cellText(cells.percentMeasure);
      rule = { kind, numerator, denominator, target: threshold(true)! };
      if (percent) rule.percentMeasure = percent;
      break;
    }
    case 'count_zero': {
      const [measure] = measures(/\s+/, 1, 'lessons_without_mark');
      mustBeBlank('threshold', (v) => {
        const zero = readNumber(v, '');
        return zero.ok && zero.value === 0;
      });
      rule = { kind, measure };
      break;
    }
    case 'count_at_least': {
      const [measure] = measures(/\s+/, 1, 'social_posts_week');
      rule = { kind, measure, target: threshold(true)! };
      if (!isBlank(cells.flagshipThreshold)) {
        const flagship = readNumber(cells.flagshipThreshold, 'порог для флагманских');
        if (!flagship.ok) problems.push({ column: 'flagshipThreshold', id: 'rules.threshold-not-a-number', text: flagship.problem });
        rule.flagged = { flag: 'flagship', target: flagship.ok ? flagship.value : Number.NaN };
      }
      break;
    }
    case 'counts_equal': {
      const [left, right] = measures(/=/, 2, 'kp_staff_cards = esh_staff_profiles');
      mustBeBlank('threshold');
      rule = { kind, left, right };
      break;
    }
    case 'value_at_least': {
      const [measure] = measures(/\s+/, 1, 'internet_speed');
      const unit = cellText(cells.unit);
      if (!unit) problems.push({ column: 'unit', id: 'rules.unit-missing', text: 'укажите единицу измерения, например «Мбит/с»' });
      rule = { kind, measure, target: threshold(true)!, unit };
      break;
    }
    case 'report_by': {
      const [measure] = measures(/\s+/, 1, 'report_2_3');
      mustBeBlank('threshold');
      let deadline = '';
      if (isBlank(cells.deadline)) {
        problems.push({
          column: 'deadline',
          id: 'rules.deadline-missing',
          text: 'для вида «отчёт к сроку» укажите срок, например 07.02.2025',
        });
      } else {
        const reading = readDate(cells.deadline, 'срок');
        if (reading.ok) deadline = reading.value;
        else problems.push({ column: 'deadline', id: 'rules.date-invalid', text: reading.problem });
      }
      rule = { kind, measure, deadline };
      break;
    }
    case 'complete': {
      const fields = measures(/[,;\s]+/, 'many', 'mb_location, mb_rooms');
      rule = { kind, fields: fields as [string, ...string[]] };
      const schoolsTarget = threshold(false);
      if (schoolsTarget !== undefined) rule.schoolsTarget = schoolsTarget;
      break;
    }
  }
  if (kind !== 'share_at_least') mustBeBlank('percentMeasure');
  if (kind !== 'count_at_least') mustBeBlank('flagshipThreshold');
  if (kind !== 'report_by') mustBeBlank('deadline');
  return { rule, problems };
}
