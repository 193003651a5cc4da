import { parseA1 } from '../../core/model/grid';
import { columnRuns, packAreas } from '../../core/plan/cell-areas';
import { Highlight, Tone } from '../../core/plan/workbook-plan';

export interface HighlightGroup {
  sheet: string;
  tone: Tone;
  /** Comma-joined local addresses ("C5:C9,E7"), each string one getRanges() call. */
  addresses: string[];
}

/**
 * Turns scattered highlighted cells into as few areas as possible: cells of one
 * column in consecutive rows become one "C5:C9" area (shortfalls cluster in a
 * column), then areas are packed into address strings of bounded length.
 */
export function groupHighlights(highlights: readonly Highlight[]): HighlightGroup[] {
  const bySheetTone = new Map<string, { sheet: string; tone: Tone; cells: Map<number, Set<number>> }>();
  for (const h of highlights) {
    const key = `${h.tone}\u0000${h.sheet}`;
    let entry = bySheetTone.get(key);
    if (!entry) bySheetTone.set(key, (entry = { sheet: h.sheet, tone: h.tone, cells: new Map() }));
    const { row, col } = parseA1(h.cell);
    if (!entry.cells.has(col)) entry.cells.set(col, new Set());
    entry.cells.get(col)!.add(row);
  }
  return [...bySheetTone.values()].map(({ sheet, tone, cells }) => ({ sheet, tone, addresses: packAreas(columnRuns(cells)) }));
}

export { columnRuns, packAreas };
