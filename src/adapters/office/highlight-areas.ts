import { a1, columnLetters, parseA1 } from '../../core/model/grid';
import { Highlight, Tone } from '../../core/plan/workbook-plan';

// RangeAreas addresses are passed as one string; keep each well below any host limit.
const MAX_ADDRESS_CHARS = 2000;

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

/**
 * Cells ("row → columns" of one look) as rectangles: consecutive rows of a
 * column become a run, and the same run in adjacent columns one rectangle
 * ("D4:H9": a school row without data, a bold header row). Fewer, shorter
 * addresses are fewer bytes in the request and in the bookkeeping.
 */
export function columnRuns(cells: Map<number, Set<number>>): string[] {
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const done: { top: number; bottom: number; left: number; right: number }[] = [];
  for (const col of [...cells.keys()].sort((a, b) => a - b)) {
    const rows = [...cells.get(col)!].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const end = rows[i - 1];
      const key = `${start}:${end}`;
      const rect = open.get(key);
      if (rect && rect.right === col - 1) rect.right = col;
      else {
        if (rect) done.push(rect);
        open.set(key, { top: start, bottom: end, left: col, right: col });
      }
      start = rows[i];
    }
  }
  done.push(...open.values());
  done.sort((a, b) => a.left - b.left || a.top - b.top);
  return done.map((r) =>
    r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`,
  );
}

export function packAreas(areas: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current && current.length + 1 + area.length > MAX_ADDRESS_CHARS) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) out.push(current);
  return out;
}
