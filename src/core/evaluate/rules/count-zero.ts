import { measureDef } from '../../model/measures';
import { Rule } from '../../roadmap/schema';
import { outcome, place, readNumber, RuleContext, RuleOutcome } from './rule-context';

type CountZeroRule = Extract<Rule, { kind: 'count_zero' }>;

/** «0 уроков без отметки»: every counted thing is one to fix, so the count is the shortfall. */
export function evaluateCountZero(ctx: RuleContext, rule: CountZeroRule): RuleOutcome {
  const read = readNumber(ctx, rule.measure);
  const base = { target: 0 };
  if (read.kind === 'missing') return outcome('no_data', { ...base, ...place(ctx, read.obs) });
  const where = { sheet: read.obs.sheet, cell: read.obs.cell };
  if (read.kind === 'error') return outcome('data_error', { ...base, ...where, detail: read.detail });
  if (read.value === 0) return outcome('met', { ...base, ...where, value: 0 });
  const noun = measureDef(rule.measure)?.noun ?? null;
  return outcome('not_met', { ...base, ...where, value: read.value, shortfall: { count: read.value, noun } });
}
