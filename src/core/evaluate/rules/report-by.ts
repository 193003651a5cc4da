import { daysBetween, formatRuDate } from '../../model/iso-date';
import { countNominative, noun } from '../../model/nouns';
import { Rule } from '../../roadmap/schema';
import { labelOf, outcome, place, RuleContext, RuleOutcome } from './rule-context';

type ReportByRule = Extract<Rule, { kind: 'report_by' }>;

const DAY = noun('день', 'дня', 'дней');

/**
 * A report a school had to send to the УО by a deadline; its column holds the
 * date it was sent. Nothing sent is `missing` only once the deadline passed.
 */
export function evaluateReportBy(ctx: RuleContext, rule: ReportByRule): RuleOutcome {
  const base = { target: rule.deadline, deadline: rule.deadline };
  const obs = ctx.observe(rule.measure);
  if (!obs || obs.value.kind === 'missing') {
    return outcome(ctx.asOf > rule.deadline ? 'missing' : 'not_due', { ...base, ...place(ctx, obs) });
  }
  const where = { sheet: obs.sheet, cell: obs.cell };
  if (obs.value.kind === 'invalid') {
    return outcome('data_error', { ...base, ...where, detail: `${labelOf(rule.measure)}: не удалось прочитать дату «${obs.value.raw}»` });
  }
  if (obs.value.kind !== 'date') {
    return outcome('data_error', {
      ...base,
      ...where,
      detail: `${labelOf(rule.measure)}: вместо даты указано «${describeValue(obs.value)}»`,
    });
  }
  const sent = obs.value.value;
  if (sent <= rule.deadline)
    return outcome('met', { target: rule.deadline, deadline: rule.deadline, sheet: obs.sheet, cell: obs.cell, value: sent });
  const late = daysBetween(rule.deadline, sent);
  return outcome('late', {
    ...base,
    ...where,
    value: sent,
    detail: `информация направлена ${formatRuDate(sent)}, на ${countNominative(late, DAY)} позже срока ${formatRuDate(rule.deadline)}`,
  });
}

function describeValue(value: { kind: 'number'; value: number } | { kind: 'flag'; value: boolean }): string {
  return value.kind === 'flag' ? (value.value ? 'да' : 'нет') : String(value.value).replace('.', ',');
}
