import { MeasureId, measureDef } from '../model/measures';
import { Rule } from '../roadmap/schema';
import { ObservationIndex } from './observation-index';

/**
 * A combined indicator (several yes/no parts, as 5.3's name, contacts, cover
 * and logo) is judged on the parts the tables have. A part no table has was
 * not checked: it is named as such, never turned into «нет данных» for every
 * school. Other rules read one main column and are covered or not as a whole.
 */
export interface PresentParts {
  /** The rule narrowed to the parts present. */
  rule: Rule;
  /** Labels of the parts checked, and of those no table has (empty when all are present). */
  checked: string[];
  unchecked: string[];
}

/** «Госпаблик: обложка» → «обложка»: the indicator already says whose parts they are. */
export function partLabel(measure: MeasureId): string {
  const label = measureDef(measure)?.label ?? measure;
  const colon = label.indexOf(': ');
  return colon >= 0 ? label.slice(colon + 2) : label;
}

export function presentParts(rule: Rule, index: ObservationIndex): PresentParts | null {
  if (rule.kind !== 'complete' || rule.fields.length < 2) return null;
  const present = rule.fields.filter((f) => index.coveringTables.has(f));
  if (present.length === rule.fields.length || present.length === 0) return null;
  const [first, ...rest] = present;
  return {
    rule: { ...rule, fields: [first, ...rest] },
    checked: present.map(partLabel),
    unchecked: rule.fields.filter((f) => !index.coveringTables.has(f)).map(partLabel),
  };
}

/** The detail a finding on some parts carries: what was checked, and what was not. */
export function partsDetail(parts: PresentParts, detail: string | null): string {
  const note = `проверено: ${parts.checked.join(', ')}; не проверялось (нет столбца): ${parts.unchecked.join(', ')}`;
  return detail ? `${detail}. ${note[0].toUpperCase()}${note.slice(1)}` : note;
}
