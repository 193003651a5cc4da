import { Rule } from '../../roadmap/schema';
import { outcome, outcomeAt, place, readNumber, RuleContext, RuleOutcome } from './rule-context';

type ValueAtLeastRule = Extract<Rule, { kind: 'value_at_least' }>;

/** Any number against a floor (internet ≥ 20 Мбит/с): no people short, so no shortfall. */
export function evaluateValueAtLeast(ctx: RuleContext, rule: ValueAtLeastRule): RuleOutcome {
  const { target, unit } = rule;
  const read = readNumber(ctx, rule.measure);
  if (read.kind === 'missing') return outcomeAt('no_data', place(ctx, read.obs), { target, unit });
  const { sheet, cell } = read.obs;
  if (read.kind === 'error') return outcome('data_error', { target, unit, sheet, cell, detail: read.detail });
  return outcome(read.value >= target ? 'met' : 'not_met', { target, unit, sheet, cell, value: read.value });
}
