import { Finding } from '../model/finding';
import { daysBetween, formatRuDate, isIsoDate } from '../model/iso-date';
import { countGenitive, countNominative } from '../model/nouns';

/**
 * What is wrong, in a few Russian words for the «Нарушения» sheet:
 * «не хватает 3 педагогов до 100 %», «направлено на 4 дн. позже срока».
 * The letters engineer words the letters; this is the sheet's short form.
 */
export function shortfallWords(finding: Finding): string {
  switch (finding.status) {
    case 'not_met':
      return notMetWords(finding);
    case 'late':
      return lateWords(finding);
    case 'missing':
      return finding.deadline ? `не направлено, срок истёк ${formatRuDate(finding.deadline)}` : 'не направлено';
    case 'no_data':
      return 'нет сведений';
    case 'data_error':
      return 'данные невозможны, нужна проверка';
    default:
      return '';
  }
}

function notMetWords(finding: Finding): string {
  const { shortfall, target, unit } = finding;
  if (shortfall && shortfall.count > 0) {
    if (target === 0) {
      const what = shortfall.noun ? countNominative(shortfall.count, shortfall.noun) : String(shortfall.count);
      return `${what} при норме 0`;
    }
    const who = shortfall.noun ? countGenitive(shortfall.count, shortfall.noun) : String(shortfall.count);
    const goal = typeof target === 'number' ? ` до ${formatNumber(target)}${unit === '%' ? ' %' : unit ? ` ${unit}` : ''}` : '';
    return `не хватает ${who}${goal}`;
  }
  if (typeof finding.value === 'number' && typeof target === 'number') {
    return `${formatNumber(finding.value)}${unit ? ` ${unit}` : ''} при цели ${formatNumber(target)}${unit ? ` ${unit}` : ''}`;
  }
  return 'цель не достигнута';
}

function lateWords(finding: Finding): string {
  if (typeof finding.value === 'string' && isIsoDate(finding.value) && finding.deadline) {
    const days = daysBetween(finding.deadline, finding.value);
    if (days > 0) return `направлено на ${days} дн. позже срока (${formatRuDate(finding.deadline)})`;
  }
  return 'направлено позже срока';
}

/** «85,7»: Russian decimal comma, at most one decimal. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded).replace('.', ',');
}
