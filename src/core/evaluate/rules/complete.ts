import { noun } from '../../model/nouns';
import { Rule } from '../../roadmap/schema';
import { labelOf, outcome, outcomeAt, place, RuleContext, RuleOutcome } from './rule-context';

type CompleteRule = Extract<Rule, { kind: 'complete' }>;

const FIELD = noun('поле', 'поля', 'полей', 'поля', 'полей');

/**
 * All listed yes/no fields filled («Материальная база» in full). A «нет» is
 * not met; blanks alone are no data; the detail names the fields to fill.
 */
export function evaluateComplete(ctx: RuleContext, rule: CompleteRule): RuleOutcome {
  const target = rule.fields.length;
  const unfilled: string[] = [];
  const unknown: string[] = [];
  let filled = 0;
  let firstGiven: { sheet: string; cell: string } | null = null;

  for (const field of rule.fields) {
    const obs = ctx.observe(field);
    if (!obs || obs.value.kind === 'missing') {
      unknown.push(labelOf(field));
      continue;
    }
    firstGiven ??= { sheet: obs.sheet, cell: obs.cell };
    if (obs.value.kind === 'invalid') {
      return outcome('data_error', {
        target,
        sheet: obs.sheet,
        cell: obs.cell,
        detail: `${labelOf(field)}: не удалось прочитать «${obs.value.raw}» (${obs.value.reason})`,
      });
    }
    if (obs.value.kind === 'flag' && obs.value.value) filled += 1;
    else unfilled.push(labelOf(field));
  }

  const firstField = ctx.observe(rule.fields[0]);
  if (firstGiven === null) return outcomeAt('no_data', place(ctx, firstField), { target });
  const where = firstGiven;
  const notes = [
    unfilled.length > 0 ? `не заполнено: ${unfilled.join('; ')}` : null,
    unknown.length > 0 ? `нет сведений: ${unknown.join('; ')}` : null,
  ].filter((n): n is string => n !== null);
  const detail = notes.length > 0 ? notes.join('. ') : null;
  const shortfall = { count: target - filled, noun: FIELD };
  if (unfilled.length > 0) return outcomeAt('not_met', where, { target, value: filled, shortfall, detail });
  if (unknown.length > 0) return outcomeAt('no_data', where, { target, value: filled, shortfall, detail });
  return outcomeAt('met', where, { target, value: filled });
}
