import { MeasureId } from '../model/measures';
import { Rule } from '../roadmap/schema';

/**
 * The measures whose column makes a table cover an indicator. A sheet with
 * only the ОО-1 headcount does not cover «registered in ФГИС»; a sheet with
 * the registered count does, even if the headcount comes from another sheet.
 */
export function mainMeasures(rule: Rule): MeasureId[] {
  switch (rule.kind) {
    case 'share_at_least':
      return rule.percentMeasure ? [rule.numerator, rule.percentMeasure] : [rule.numerator];
    case 'count_zero':
    case 'count_at_least':
    case 'value_at_least':
    case 'report_by':
      return [rule.measure];
    case 'counts_equal':
      return [rule.left];
    case 'complete':
      return [...rule.fields];
  }
}

/** Every measure a rule reads: what a table must hold for the control calendar to call it done. */
export function allMeasures(rule: Rule): MeasureId[] {
  switch (rule.kind) {
    case 'share_at_least':
      return [rule.numerator, rule.denominator, ...(rule.percentMeasure ? [rule.percentMeasure] : [])];
    case 'counts_equal':
      return [rule.left, rule.right];
    default:
      return mainMeasures(rule);
  }
}
