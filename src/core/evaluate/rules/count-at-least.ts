import { measureDef } from '../../model/measures';
import { School } from '../../model/registry';
import { Rule } from '../../roadmap/schema';
import { outcome, outcomeAt, place, readNumber, RuleContext, RuleOutcome } from './rule-context';

type CountAtLeastRule = Extract<Rule, { kind: 'count_at_least' }>;

/** Flagship pages answer for more (5.3: 5 posts a week instead of 3). */
export function countTargetFor(school: School, rule: CountAtLeastRule): number {
  return school.flagship && rule.flagged ? rule.flagged.target : rule.target;
}

export function evaluateCountAtLeast(ctx: RuleContext, rule: CountAtLeastRule): RuleOutcome {
  const target = countTargetFor(ctx.school, rule);
  const read = readNumber(ctx, rule.measure);
  if (read.kind === 'missing') return outcomeAt('no_data', place(ctx, read.obs), { target });
  const { sheet, cell } = read.obs;
  if (read.kind === 'error') return outcome('data_error', { target, sheet, cell, detail: read.detail });
  if (read.value >= target) return outcome('met', { target, sheet, cell, value: read.value });
  const noun = measureDef(rule.measure)?.noun ?? null;
  // An average (3,2 публикации в неделю) has no whole number of things missing: value and target say it.
  const shortfall = Number.isInteger(read.value) ? { count: target - read.value, noun } : null;
  return outcome('not_met', { target, sheet, cell, value: read.value, shortfall });
}
