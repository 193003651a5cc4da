import { Rule } from '../../roadmap/schema';
import { outcome, place, readNumber, RuleContext, RuleOutcome } from './rule-context';

type ValueAtLeastRule = Extract<Rule, { kind: 'value_at_least' }>;

/** Any number against a floor (internet ≥ 20 Мбит/с): no people short, so no shortfall. */
export function evaluateValueAtLeast(ctx: RuleContext, rule: ValueAtLeastRule): RuleOutcome {
  const base = { target: rule.target, unit: rule.unit };
  const read = readNumber(ctx, rule.measure);
  if (read.kind === 'missing') return outcome('no_data', { ...base, ...place(ctx, read.obs) });
  const where = { sheet: read.obs.sheet, cell: read.obs.cell };
  if (read.kind === 'error') return outcome('data_error', { ...base, ...where, detail: read.detail });
  return outcome(read.value >= rule.target ? 'met' : 'not_met', { ...base, ...where, value: read.value });
}
