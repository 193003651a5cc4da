import { a1, columnLetters } from '../model/grid';

// Address strings are passed whole to a host; keep each well below any host limit.
const MAX_ADDRESS_CHARS = 2000;

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

/** Areas joined by commas into strings of bounded length. */
export function packAreas(areas: readonly string[], separator = ','): string[] {
  return packAreaLists(areas).map((list) => list.join(separator));
}

/** Areas in consecutive lists whose joined address (one separator between areas) stays within the bound. */
export function packAreaLists(areas: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    if (current.length > 0 && length + 1 + area.length > MAX_ADDRESS_CHARS) {
      out.push(current);
      current = [];
      length = 0;
    }
    length += (current.length > 0 ? 1 : 0) + area.length;
    current.push(area);
  }
  if (current.length > 0) out.push(current);
  return out;
}
