import { Finding, FindingStatus } from '../model/finding';
import { IsoDate, daysBetween, isIsoDate } from '../model/iso-date';
import { countGenitive, countNominative, noun } from '../model/nouns';
import { lowerFirst } from './item-phrases';
import { LetterRow } from './letter-model';
import { DateStyle, formatLetterDate, formatQuantity } from './russian-text';

const DAY = noun('день', 'дня', 'дней');

const STATUS_TEXT: Partial<Record<FindingStatus, string>> = {
  not_met: 'Не выполнено',
  no_data: 'Нет данных',
  late: 'Представлено с опозданием',
  missing: 'Не представлено',
  data_error: 'Недостоверные данные',
};

const DASH = '—';

/** The evaluator's «59 из 60» for a share: numerator and denominator. */
const SHARE_COUNTS = /^\d[\d\s]* из \d[\d\s]*$/;

interface WordingContext {
  asOf: IsoDate;
  dateStyle: DateStyle;
}

/** «Доля педагогов …, %» reads badly before «: 85,7 %». */
function indicatorName(finding: Finding): string {
  return finding.indicator.replace(/,\s*%\s*$/, '').trim();
}

function formatValue(value: Finding['value'], unit: string | null, ctx: WordingContext): string {
  if (value === null || value === '') return DASH;
  if (typeof value === 'number') return formatQuantity(value, unit);
  return isIsoDate(value) ? formatLetterDate(value, ctx.dateStyle) : value;
}

/** The evaluator's detail as a clause inside a sentence: no capital, no full stop. */
function clause(text: string): string {
  return lowerFirst(text.trim().replace(/\.+$/, ''));
}

/** What is wrong with a not-met indicator, for the table and the sentence. */
function notMetComment(f: Finding, target: string): string {
  const parts: string[] = [];
  const above = typeof f.value === 'number' && typeof f.target === 'number' && f.value > f.target;
  if (f.shortfall && f.shortfall.count > 0) {
    const { count, noun: forms } = f.shortfall;
    if (!above) parts.push(`не хватает ${forms ? countGenitive(count, forms) : count} до ${target}`);
    // Above the target: a count that must be 0 (every one is to fix) or two counts that must match.
    else parts.push(`${f.target === 0 ? 'требуется устранить' : 'расхождение'}: ${forms ? countNominative(count, forms) : count}`);
  } else if (typeof f.value === 'number' && typeof f.target === 'number') {
    parts.push(f.value > f.target ? 'превышает целевое значение' : 'ниже целевого значения');
  }
  if (f.detail) parts.push(clause(f.detail));
  return parts.join('; ');
}

function worded(f: Finding, ctx: WordingContext): { value: string; target: string; comment: string; sentence: string } {
  const name = indicatorName(f);
  const value = formatValue(f.value, f.unit, ctx);
  const target = formatValue(f.target, f.unit, ctx);
  const deadline = f.deadline ? formatLetterDate(f.deadline, ctx.dateStyle) : null;
  const detail = f.detail ? clause(f.detail) : null;
  switch (f.status) {
    case 'not_met': {
      // A share's «59 из 60» belongs next to its percentage, not among the comments.
      const counts = detail && SHARE_COUNTS.test(detail) ? detail : null;
      const shown = counts ? `${value} (${counts})` : value;
      const comment = notMetComment(counts ? { ...f, detail: null } : f, target);
      const sentence =
        value === DASH
          ? `${name}: требование не выполнено${detail ? ` (${detail})` : ''}.`
          : `${name}: ${shown} при целевом значении ${target}${comment ? `, ${comment}` : ''}.`;
      return { value: shown, target, comment, sentence };
    }
    case 'no_data': {
      const comment = detail ?? `сведения на ${formatLetterDate(ctx.asOf, ctx.dateStyle)} отсутствуют`;
      return {
        value: DASH,
        target,
        comment,
        sentence: `${name}: сведения по состоянию на ${formatLetterDate(ctx.asOf, ctx.dateStyle)} не представлены${detail ? ` (${detail})` : ''}.`,
      };
    }
    case 'late': {
      const sent = typeof f.value === 'string' && isIsoDate(f.value) ? f.value : null;
      const lateBy = sent && f.deadline ? daysBetween(f.deadline, sent) : 0;
      const delay = lateBy > 0 ? `, опоздание на ${countNominative(lateBy, DAY)}` : '';
      const comment = `направлено ${value}, срок — до ${deadline ?? DASH}${delay}`;
      return {
        value,
        target: deadline ?? target,
        comment,
        sentence: `${name}: информация направлена ${value} с нарушением срока (до ${deadline ?? DASH})${delay}.`,
      };
    }
    case 'missing': {
      const comment = `срок (до ${deadline ?? DASH}) истёк, информация не направлена`;
      return {
        value: DASH,
        target: deadline ?? target,
        comment,
        sentence: `${name}: срок представления информации (до ${deadline ?? DASH}) истёк, информация не направлена.`,
      };
    }
    case 'data_error': {
      const comment = detail ?? `значение ${value} невозможно`;
      return { value, target, comment, sentence: `${name}: представлены недостоверные данные — ${comment}.` };
    }
    default:
      return { value, target, comment: '', sentence: `${name}: ${value}.` };
  }
}

/** One finding as a table row and a sentence; «повторно» when the previous round had it too. */
export function wordFinding(f: Finding, ctx: WordingContext): LetterRow {
  const repeated = f.comparison === 'repeated';
  const w = worded(f, ctx);
  const statusText = STATUS_TEXT[f.status] ?? f.status;
  return {
    item: f.item,
    indicator: indicatorName(f),
    status: f.status,
    statusText: repeated ? `${statusText} (повторно)` : statusText,
    value: w.value,
    target: w.target,
    comment: w.comment,
    repeated,
    sentence: repeated ? w.sentence.replace(/\.$/, ' (выявлено повторно).') : w.sentence,
  };
}
