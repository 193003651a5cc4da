import { CalendarAdditions, NO_ADDITIONS, workingDaysBetween } from '../calendar/working-days';
import { Finding } from '../model/finding';
import { IsoDate, isIsoDate } from '../model/iso-date';
import { noun } from '../model/nouns';
import { Rule } from '../roadmap/schema';
import { countNominative } from './count-phrases';
import { dataErrorAction } from './data-error-action';
import { notMetAction } from './finding-actions';
import { LetterRow } from './letter-model';
import { DateStyle, NBSP, formatLetterDate, formatQuantity, formatRuNumber } from './russian-text';

const WORKING_DAY = noun('рабочий день', 'рабочих дня', 'рабочих дней');
const DASH = '—';

/** The evaluator's «59 из 60» for a share: numerator and denominator. */
const SHARE_COUNTS = /^\d[\d\s]* из \d[\d\s]*$/;

export interface WordingContext {
  asOf: IsoDate;
  dateStyle: DateStyle;
  /** The indicator's rule, when the roadmap knows it: it chooses the verb of «Что сделать». */
  rule?: Rule | null;
  /** The department's own transfers: lateness is counted in working days. */
  calendar?: CalendarAdditions;
}

/** «Доля педагогов …, %» reads badly in a table; a report's «… направлена в УО» is said by the status. */
function indicatorName(finding: Finding, report: boolean): string {
  const name = finding.indicator.replace(/,\s*%\s*$/, '').trim();
  return report ? name.replace(/\s+(направлен[аоы]?|представлен[аоы]?)\s+в\s+УО$/i, '') : name;
}

/** Reports are «информация»: the status agrees with it («направлена»), else the neuter «представлено». */
function reportVerb(name: string): { sent: string; notSent: string } {
  return /^информаци/i.test(name) ? { sent: 'направлена', notSent: 'не направлена' } : { sent: 'представлено', notSent: 'не представлено' };
}

function formatValue(value: Finding['value'], unit: string | null, ctx: WordingContext): string {
  if (value === null || value === '') return DASH;
  if (typeof value === 'number') return formatQuantity(value, unit);
  return isIsoDate(value) ? formatLetterDate(value, ctx.dateStyle) : value;
}

/**
 * A rule for a finding the roadmap does not describe (a test, an older report): guessed from
 * the finding itself, so the wording still has a verb. The indicator id names the measure
 * («2.7-students-no-snils» → students_no_snils).
 */
function ruleFor(f: Finding, given: Rule | null | undefined): Rule | null {
  if (given) return given;
  const measure = f.indicatorId.replace(/^[\d.]+-/, '').replace(/-/g, '_');
  if (f.deadline || (typeof f.value === 'string' && isIsoDate(f.value))) return { kind: 'report_by', measure, deadline: f.deadline ?? '' };
  if (f.unit === '%') return { kind: 'share_at_least', numerator: measure, denominator: '', target: Number(f.target) || 100 };
  if (f.target === 0) return { kind: 'count_zero', measure };
  return null;
}

function targetText(f: Finding, rule: Rule | null, ctx: WordingContext): string {
  const target = formatValue(f.target, f.unit, ctx);
  if (target === DASH) return target;
  if (rule?.kind === 'count_at_least' || rule?.kind === 'value_at_least') return `не менее ${target}`;
  return target;
}

interface Worded {
  statusText: string;
  value: string;
  target: string;
  action: string;
  sentence: string;
}

function worded(f: Finding, ctx: WordingContext): Worded {
  const rule = ruleFor(f, ctx.rule);
  const report = rule?.kind === 'report_by' || f.status === 'late' || f.status === 'missing';
  const name = indicatorName(f, report);
  const value = formatValue(f.value, f.unit, ctx);
  const target = targetText(f, rule, ctx);
  switch (f.status) {
    case 'not_met': {
      // A share's «59 из 60» belongs next to its percentage.
      const counts = f.detail && SHARE_COUNTS.test(f.detail.trim()) ? f.detail.trim().replace(/\d[\d\s]*\d|\d/g, (n) => formatRuNumber(Number(n.replace(/\s/g, '')))) : null;
      const shown = counts ? `${value} (${counts})` : value;
      const above = typeof f.value === 'number' && typeof f.target === 'number' && f.value > f.target;
      const action =
        rule?.kind === 'complete' && f.detail && !counts
          ? `заполнить: ${f.detail.replace(/^не заполнено:\s*/i, '').replace(/\.\s*нет сведений:.*$/i, '').toLowerCase()}`
          : notMetAction(rule, f.shortfall, formatValue(f.target, f.unit, ctx), above);
      return {
        statusText: 'не выполнено',
        value: shown,
        target,
        action,
        sentence: `${name} — ${shown}, требуется ${target}: ${action}.`,
      };
    }
    case 'no_data':
      return {
        statusText: 'нет данных',
        value: DASH,
        target,
        action: 'представить сведения',
        sentence: `${name}: сведений на ${formatLetterDate(ctx.asOf, ctx.dateStyle)} нет, требуется ${target}: представить сведения.`,
      };
    case 'late': {
      const verbs = reportVerb(name);
      const sent = typeof f.value === 'string' && isIsoDate(f.value) ? f.value : null;
      const lateBy = sent && f.deadline ? workingDaysBetween(f.deadline, sent, ctx.calendar ?? NO_ADDITIONS) : 0;
      const deadline = f.deadline ? `до ${formatLetterDate(f.deadline, ctx.dateStyle)}` : target;
      // Sent on the weekend after a Friday deadline: late, but by no working day.
      const delay = lateBy > 0 ? ` на ${countNominative(lateBy, WORKING_DAY).replace(' ', NBSP)}` : sent ? ', в нерабочий день после срока' : '';
      return {
        statusText: `${verbs.sent} с опозданием${delay}`,
        value,
        target: deadline,
        action: 'пояснить причину опоздания',
        sentence: `${name} ${verbs.sent} ${value}, с опозданием${delay} (срок — ${deadline}).`,
      };
    }
    case 'missing': {
      const verbs = reportVerb(name);
      const deadline = f.deadline ? `до ${formatLetterDate(f.deadline, ctx.dateStyle)}` : target;
      return {
        statusText: verbs.notSent,
        value: DASH,
        target: deadline,
        action: 'направить информацию в УО',
        sentence: `${name} ${verbs.notSent} (срок — ${deadline}).`,
      };
    }
    case 'data_error': {
      const action = dataErrorAction(f.detail);
      return { statusText: 'ошибка в данных', value, target, action, sentence: `${name}: ошибка в данных — ${action}.` };
    }
    default:
      return { statusText: f.status, value, target, action: '', sentence: `${name}: ${value}.` };
  }
}

/**
 * One finding as a table row (and a sentence for department templates). «Повторно» is for an
 * indicator that recurs from the previous round; a report deadline missed once is not repeated
 * by being still missed, so reports are never «повторно».
 */
export function wordFinding(f: Finding, ctx: WordingContext): LetterRow {
  const w = worded(f, ctx);
  const report = ruleFor(f, ctx.rule)?.kind === 'report_by' || f.status === 'late' || f.status === 'missing';
  return {
    item: f.item,
    indicator: indicatorName(f, report),
    status: f.status,
    statusText: w.statusText,
    value: w.value,
    target: w.target,
    comment: w.action,
    repeated: f.comparison === 'repeated' && !report,
    sentence: w.sentence,
  };
}
