import { a1, parseA1 } from '../model/grid';
import { columnRuns, packAreaLists } from './cell-areas';
import { Highlight, Tone } from './workbook-plan';

/**
 * The highlights as conditional-format rules, the same in every host. Where the cell itself is
 * the number that missed its target (a count, a value: Highlight.live), the rule is that very
 * comparison, written for the top-left cell of its first area: a school that corrects its cell
 * in a shared workbook loses the highlight at once. A live rule takes the areas of one column
 * (by their left edge), top down, as many as one address holds: its first area's top-left cell
 * is then the top-left of them all, the cell Excel, LibreOffice and Office.js take a rule's
 * relative references from, and a region's few thousand short runs are tens of rules. A text
 * number stays highlighted (ISNUMBER), as the check found it. Every other highlight (a share, an absent school, a data error, a met
 * target) is fixed to its cells (formula TRUE). The findings stay the source of truth for the
 * letters; the user's own fills, fonts and rules are never touched.
 */
export interface HighlightRule {
  sheet: string;
  tone: Tone;
  /** A1 areas, "E5:E9", "F7"; a live rule's share their left column, topmost first, and fit one address. */
  ranges: string[];
  /** The rule's formula in English with `,` and no leading "=", relative to the top-left cell of the first range. */
  formula: string;
}

export const FIXED_RULE = 'TRUE';

export function highlightRules(highlights: readonly Highlight[]): HighlightRule[] {
  const groups = new Map<string, { sheet: string; tone: Tone; live: Highlight['live']; cells: Map<number, Set<number>> }>();
  for (const h of highlights) {
    const key = `${h.sheet}\u0000${h.tone}\u0000${h.live ? `${h.live.op}${h.live.target}` : ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { sheet: h.sheet, tone: h.tone, live: h.live, cells: new Map() }));
    const { row, col } = parseA1(h.cell);
    let rows = group.cells.get(col);
    if (!rows) group.cells.set(col, (rows = new Set()));
    rows.add(row);
  }
  return [...groups.values()].flatMap(({ sheet, tone, live, cells }) => {
    const ranges = columnRuns(cells);
    if (!live) return [{ sheet, tone, ranges, formula: FIXED_RULE }];
    return liveAreaLists(ranges).map((areas) => ({ sheet, tone, ranges: areas, formula: liveFormula(areas[0], live) }));
  });
}

/** columnRuns's areas (left column, then top, ascending) in lists of one left column that fit one address. */
function liveAreaLists(ranges: readonly string[]): string[][] {
  const byColumn = new Map<number, string[]>();
  for (const range of ranges) {
    const { col } = parseA1(range.split(':')[0]);
    let list = byColumn.get(col);
    if (!list) byColumn.set(col, (list = []));
    list.push(range);
  }
  return [...byColumn.values()].flatMap((list) => packAreaLists(list));
}

/** «Still short»: NOT(AND(ISNUMBER(E5),E5>=3)) for the range's top-left cell. */
function liveFormula(range: string, live: NonNullable<Highlight['live']>): string {
  const { row, col } = parseA1(range.split(':')[0]);
  const cell = a1(row, col);
  return `NOT(AND(ISNUMBER(${cell}),${cell}${live.op}${live.target}))`;
}
