import { parseA1 } from '../model/grid';
import { columnRuns } from './cell-areas';
import { Highlight, Tone } from './workbook-plan';

/**
 * The highlights as conditional-format rules, the same in every host: one rule per sheet and
 * tone over the areas its cells make. The rule is fixed to its cells (formula TRUE): the
 * core already decided which cells fall short, and the findings stay the source of truth
 * for the letters. The user's own fills, fonts and rules are never touched.
 */
export interface HighlightRule {
  sheet: string;
  tone: Tone;
  /** A1 areas, "E5:E9", "F7". */
  ranges: string[];
  /** The rule's formula in English with `,` and no leading "=" (relative to the top-left cell of the first range). */
  formula: string;
}

export const FIXED_RULE = 'TRUE';

export function highlightRules(highlights: readonly Highlight[]): HighlightRule[] {
  const groups = new Map<string, { sheet: string; tone: Tone; cells: Map<number, Set<number>> }>();
  for (const h of highlights) {
    const key = `${h.sheet}\u0000${h.tone}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sheet: h.sheet, tone: h.tone, cells: new Map() }));
    const { row, col } = parseA1(h.cell);
    let rows = group.cells.get(col);
    if (!rows) group.cells.set(col, (rows = new Set()));
    rows.add(row);
  }
  return [...groups.values()].map(({ sheet, tone, cells }) => ({ sheet, tone, ranges: columnRuns(cells), formula: FIXED_RULE }));
}
