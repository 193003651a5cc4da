import { measureDef } from '../../model/measures';
import { Rule } from '../../roadmap/schema';
import { labelOf, outcome, outcomeAt, place, readNumber, RuleContext, RuleOutcome } from './rule-context';

type CountsEqualRule = Extract<Rule, { kind: 'counts_equal' }>;

/** 5.1: staff cards in КП must match staff profiles in ЭШ; the gap is the shortfall. */
export function evaluateCountsEqual(ctx: RuleContext, rule: CountsEqualRule): RuleOutcome {
  const left = readNumber(ctx, rule.left);
  const right = readNumber(ctx, rule.right);
  if (left.kind === 'error') return outcome('data_error', { sheet: left.obs.sheet, cell: left.obs.cell, detail: left.detail });
  if (right.kind === 'error') return outcome('data_error', { sheet: right.obs.sheet, cell: right.obs.cell, detail: right.detail });
  if (left.kind === 'missing') return outcomeAt('no_data', place(ctx, left.obs), { detail: `нет данных: ${labelOf(rule.left)}` });
  if (right.kind === 'missing') {
    return outcomeAt('no_data', place(ctx, right.obs), { detail: `нет данных: ${labelOf(rule.right)}` });
  }
  const where = left.obs;
  if (left.value === right.value) return outcomeAt('met', where, { value: left.value, target: right.value });
  const noun = measureDef(rule.left)?.noun ?? null;
  return outcomeAt('not_met', where, {
    value: left.value,
    target: right.value,
    shortfall: { count: Math.abs(left.value - right.value), noun },
    detail: `${labelOf(rule.left)}: ${left.value}, ${lowerFirst(labelOf(rule.right))}: ${right.value} — числа должны совпадать`,
  });
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
