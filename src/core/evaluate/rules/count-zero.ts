import { measureDef } from '../../model/measures';
import { Rule } from '../../roadmap/schema';
import { newOutcome } from './outcome-shape';
import { outcome, outcomeAt, place, readNumber, RuleContext, RuleOutcome } from './rule-context';

type CountZeroRule = Extract<Rule, { kind: 'count_zero' }>;

/** «0 уроков без отметки»: every counted thing is one to fix, so the count is the shortfall. */
export function evaluateCountZero(ctx: RuleContext, rule: CountZeroRule): RuleOutcome {
  const read = readNumber(ctx, rule.measure);
  if (read.kind === 'missing') return outcomeAt('no_data', place(ctx, read.obs), { target: 0 });
  const { sheet, cell } = read.obs;
  if (read.kind === 'error') return outcome('data_error', { target: 0, sheet, cell, detail: read.detail });
  // The two verdicts of nearly every school, made directly (no fields object between).
  if (read.value === 0) return newOutcome('met', 0, 0, null, null, null, sheet, cell, null);
  const noun = measureDef(rule.measure)?.noun ?? null;
  return newOutcome('not_met', read.value, 0, null, { count: read.value, noun }, null, sheet, cell, null);
}
