import { measureDef } from '../../model/measures';
import { Observation } from '../../model/monitoring';
import { Rule } from '../../roadmap/schema';
import { newOutcome } from './outcome-shape';
import { EPSILON, formatNumber, labelOf, place, readNumber, RuleContext, RuleOutcome } from './rule-context';

type ShareRule = Extract<Rule, { kind: 'share_at_least' }>;

/** A school's share as the tables give it: counts, a percent column, nothing, or impossible data. */
export type ShareRead =
  | { kind: 'counts'; numerator: number; denominator: number; obs: Observation }
  | { kind: 'percent'; percent: number; denominator: number | null; obs: Observation }
  | { kind: 'missing'; detail: string | null; sheet: string | null; cell: string | null }
  | { kind: 'error'; detail: string; obs: Observation };

function zeroDenominatorDetail(rule: ShareRule): string {
  return measureDef(rule.denominator)?.system === 'oo1'
    ? 'численность по ОО-1 равна 0: долю посчитать нельзя'
    : `«${labelOf(rule.denominator)}» равно 0: долю посчитать нельзя`;
}

/** Both counts read: a share, unless the headcount is 0 or smaller than the count. */
function countsShare(rule: ShareRule, numObs: Observation, numerator: number, denObs: Observation, denominator: number): ShareRead {
  if (denominator === 0) return { kind: 'error', obs: denObs, detail: zeroDenominatorDetail(rule) };
  if (numerator > denominator) {
    return {
      kind: 'error',
      obs: numObs,
      detail: `${labelOf(rule.numerator)}: ${numerator} — больше, чем «${labelOf(rule.denominator)}»: ${denominator}`,
    };
  }
  return { kind: 'counts', numerator, denominator, obs: numObs };
}

/**
 * Reads numerator and denominator (possibly from different sheets: the
 * registered count from the ФГИС export, the headcount from the ОО-1 sheet).
 * A percent column is the fallback when the counts are not there.
 */
export function readShare(ctx: RuleContext, rule: ShareRule): ShareRead {
  // The usual case first, with the same answer: both counts given and not negative — exactly what
  // readNumber lets through. It spares two reads per school and share (90,000 at a region, npm run bench).
  const numObs = ctx.observe(rule.numerator);
  const denObs = ctx.observe(rule.denominator);
  if (numObs && denObs && numObs.value.kind === 'number' && denObs.value.kind === 'number') {
    const n = numObs.value.value;
    const d = denObs.value.value;
    if (n >= 0 && d >= 0) return countsShare(rule, numObs, n, denObs, d);
  }

  const num = readNumber(ctx, rule.numerator);
  const den = readNumber(ctx, rule.denominator);
  if (num.kind === 'error') return num;
  if (den.kind === 'error') return den;

  if (num.kind === 'number' && den.kind === 'number') return countsShare(rule, num.obs, num.value, den.obs, den.value);

  const percentMeasure = rule.percentMeasure;
  const pct = percentMeasure ? readNumber(ctx, percentMeasure) : null;
  if (pct?.kind === 'error') return pct;
  if (pct?.kind === 'number') {
    if (pct.value > 100 + EPSILON) {
      return { kind: 'error', obs: pct.obs, detail: `${labelOf(percentMeasure ?? '')}: ${formatNumber(pct.value)} % — больше 100 %` };
    }
    const denominator = den.kind === 'number' && den.value > 0 ? den.value : null;
    return { kind: 'percent', percent: pct.value, denominator, obs: pct.obs };
  }

  if (num.kind === 'number') {
    // The count is there but the headcount is not: the share cannot be judged.
    const at = place(ctx, den.obs);
    return { kind: 'missing', detail: `нет данных: ${labelOf(rule.denominator)}`, sheet: at.sheet, cell: at.cell };
  }
  const at = place(ctx, num.obs ?? (pct?.kind === 'missing' ? pct.obs : undefined));
  return { kind: 'missing', detail: null, sheet: at.sheet, cell: at.cell };
}

/**
 * People (or chats, lessons) short of the target: «не хватает 3 педагогов до
 * 100 %». Shares of money (5.5, roubles of domestic software) have no such count.
 */
function shortfallOf(rule: ShareRule, denominator: number, numerator: number): RuleOutcome['shortfall'] {
  const def = measureDef(rule.numerator);
  if (def?.type !== 'count') return null;
  const count = Math.max(1, Math.ceil((rule.target * denominator) / 100 - numerator - EPSILON));
  return { count, noun: def.noun ?? null };
}

/** Every share verdict has the same shape: built in one literal, it costs little per school. */
function verdict(
  rule: ShareRule,
  status: RuleOutcome['status'],
  where: { sheet: string | null; cell: string | null },
  value: number | null,
  detail: string | null,
  shortfall: RuleOutcome['shortfall'] = null,
): RuleOutcome {
  return newOutcome(status, value, rule.target, '%', shortfall, null, where.sheet, where.cell, detail);
}

export function evaluateShareAtLeast(ctx: RuleContext, rule: ShareRule): RuleOutcome {
  const share = readShare(ctx, rule);
  switch (share.kind) {
    case 'error':
      return verdict(rule, 'data_error', share.obs, null, share.detail);
    case 'missing':
      return verdict(rule, 'no_data', share, null, share.detail);
    case 'counts': {
      const value = (share.numerator / share.denominator) * 100;
      const detail = `${share.numerator} из ${share.denominator}`;
      if (value >= rule.target - EPSILON) return verdict(rule, 'met', share.obs, value, detail);
      return verdict(rule, 'not_met', share.obs, value, detail, shortfallOf(rule, share.denominator, share.numerator));
    }
    case 'percent': {
      const value = share.percent;
      if (value >= rule.target - EPSILON) return verdict(rule, 'met', share.obs, value, null);
      if (share.denominator === null) return verdict(rule, 'not_met', share.obs, value, null);
      const implied = Math.round((value * share.denominator) / 100);
      return verdict(rule, 'not_met', share.obs, value, null, shortfallOf(rule, share.denominator, implied));
    }
  }
}
