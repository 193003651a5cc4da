import { daysBetween, formatRuDate } from '../../model/iso-date';
import { countNominative, noun } from '../../model/nouns';
import { Rule } from '../../roadmap/schema';
import { newOutcome } from './outcome-shape';
import { labelOf, outcomeAt, place, RuleContext, RuleOutcome } from './rule-context';

type ReportByRule = Extract<Rule, { kind: 'report_by' }>;

const DAY = noun('день', 'дня', 'дней');

/**
 * A report a school had to send to the УО by a deadline; its column holds the
 * date it was sent. Nothing sent is `missing` only once the deadline passed.
 * Every verdict has the deadline as its target; the place is the observation's cell.
 */
export function evaluateReportBy(ctx: RuleContext, rule: ReportByRule): RuleOutcome {
  const { deadline } = rule;
  const obs = ctx.observe(rule.measure);
  if (!obs || obs.value.kind === 'missing') {
    return outcomeAt(ctx.asOf > deadline ? 'missing' : 'not_due', place(ctx, obs), { target: deadline, deadline });
  }
  if (obs.value.kind === 'invalid') {
    return outcomeAt('data_error', obs, {
      target: deadline,
      deadline,
      detail: `${labelOf(rule.measure)}: не удалось прочитать дату «${obs.value.raw}»`,
    });
  }
  if (obs.value.kind !== 'date') {
    return outcomeAt('data_error', obs, {
      target: deadline,
      deadline,
      detail: `${labelOf(rule.measure)}: вместо даты указано «${describeValue(obs.value)}»`,
    });
  }
  const sent = obs.value.value;
  // The verdict of nearly every school, made directly (no fields object between).
  if (sent <= deadline) return newOutcome('met', sent, deadline, null, null, deadline, obs.sheet, obs.cell, null);
  const late = daysBetween(deadline, sent);
  return outcomeAt('late', obs, {
    target: deadline,
    deadline,
    value: sent,
    detail: `информация направлена ${formatRuDate(sent)}, на ${countNominative(late, DAY)} позже срока ${formatRuDate(deadline)}`,
  });
}

function describeValue(value: { kind: 'number'; value: number } | { kind: 'flag'; value: boolean }): string {
  return value.kind === 'flag' ? (value.value ? 'да' : 'нет') : String(value.value).replace('.', ',');
}
