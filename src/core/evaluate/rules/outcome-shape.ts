import { Finding } from '../../model/finding';
import type { RuleOutcome } from './rule-context';

/** An outcome as it is born: a finding whose who/what is not filled in yet. */
type Unattributed = RuleOutcome & Partial<Pick<Finding, 'schoolId' | 'item' | 'indicatorId' | 'indicator' | 'comparison'>>;

/**
 * Every rule outcome is made here, in the shape of the finding it becomes: the
 * who/what fields come first and stay undefined until `evaluateSchools` fills
 * them in, so a region's 95,000 findings are the outcomes themselves rather
 * than field-by-field copies (npm run bench). Undefined fields drop out of JSON
 * and of jest's toEqual: an outcome still reads as its nine fields.
 */
export function newOutcome(
  status: Finding['status'],
  value: Finding['value'],
  target: Finding['target'],
  unit: Finding['unit'],
  shortfall: Finding['shortfall'],
  deadline: Finding['deadline'],
  sheet: Finding['sheet'],
  cell: Finding['cell'],
  detail: Finding['detail'],
): RuleOutcome {
  const born: Unattributed = {
    schoolId: undefined,
    item: undefined,
    indicatorId: undefined,
    indicator: undefined,
    status,
    value,
    target,
    unit,
    shortfall,
    deadline,
    sheet,
    cell,
    detail,
    comparison: undefined,
  };
  return born;
}

/** The finding an outcome becomes; an outcome made elsewhere (not by `newOutcome`) is copied instead. */
export function attribute(outcome: RuleOutcome, schoolId: string, item: string, indicatorId: string, indicator: string): Finding {
  if (!('schoolId' in outcome)) {
    return {
      schoolId,
      item,
      indicatorId,
      indicator,
      status: outcome.status,
      value: outcome.value,
      target: outcome.target,
      unit: outcome.unit,
      shortfall: outcome.shortfall,
      deadline: outcome.deadline,
      sheet: outcome.sheet,
      cell: outcome.cell,
      detail: outcome.detail,
      comparison: null,
    };
  }
  const finding = outcome as Finding;
  finding.schoolId = schoolId;
  finding.item = item;
  finding.indicatorId = indicatorId;
  finding.indicator = indicator;
  finding.comparison = null;
  return finding;
}
