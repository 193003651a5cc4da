import { measureDef } from '../model/measures';
import { formatRuDate } from '../model/iso-date';
import { Rule } from './schema';

/** A measure's Russian label; an unknown id is shown as it is, so a typo stays visible. */
function label(id: string): string {
  return measureDef(id)?.label ?? id;
}

const percent = (n: number): string => `${String(n).replace('.', ',')} %`;

/**
 * One Russian sentence for the task pane and the rules view: what the rule demands, in the
 * words of the measures' labels.
 */
export function describeRule(rule: Rule): string {
  switch (rule.kind) {
    case 'share_at_least':
      return `${label(rule.numerator)} — не менее ${percent(rule.target)} от показателя «${label(rule.denominator)}»`;
    case 'count_zero':
      return `${label(rule.measure)} — ни одного (0)`;
    case 'count_at_least':
      return (
        `${label(rule.measure)} — не менее ${rule.target}` + (rule.flagged ? ` (для флагманских — не менее ${rule.flagged.target})` : '')
      );
    case 'counts_equal':
      return `${label(rule.left)} — столько же, сколько «${label(rule.right)}»`;
    case 'value_at_least':
      return `${label(rule.measure)} — не менее ${String(rule.target).replace('.', ',')} ${rule.unit}`;
    case 'report_by':
      return `${label(rule.measure)} — не позднее ${formatRuDate(rule.deadline)}`;
    case 'complete': {
      const fields = rule.fields.map((f) => `«${label(f)}»`).join(', ');
      const all = rule.fields.length > 1 ? `Заполнено всё: ${fields}` : `Заполнено: ${fields}`;
      return rule.schoolsTarget === undefined ? all : `${all} — не менее чем у ${percent(rule.schoolsTarget)} ОО`;
    }
  }
}
