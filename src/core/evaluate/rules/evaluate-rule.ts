import { Rule } from '../../roadmap/schema';
import { evaluateComplete } from './complete';
import { evaluateCountAtLeast } from './count-at-least';
import { evaluateCountZero } from './count-zero';
import { evaluateCountsEqual } from './counts-equal';
import { evaluateReportBy } from './report-by';
import { RuleContext, RuleOutcome } from './rule-context';
import { evaluateShareAtLeast } from './share-at-least';
import { evaluateValueAtLeast } from './value-at-least';

/** One school against one rule, dispatched by the rule's kind. */
export function evaluateRule(ctx: RuleContext, rule: Rule): RuleOutcome {
  switch (rule.kind) {
    case 'share_at_least':
      return evaluateShareAtLeast(ctx, rule);
    case 'count_zero':
      return evaluateCountZero(ctx, rule);
    case 'count_at_least':
      return evaluateCountAtLeast(ctx, rule);
    case 'counts_equal':
      return evaluateCountsEqual(ctx, rule);
    case 'value_at_least':
      return evaluateValueAtLeast(ctx, rule);
    case 'report_by':
      return evaluateReportBy(ctx, rule);
    case 'complete':
      return evaluateComplete(ctx, rule);
  }
}
