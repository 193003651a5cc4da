import { MergedRange, parseA1 } from '../../core/model/grid';

/**
 * Office.js gives areas as one string: "Лист1!A1:C1,Лист1!A2:A3" or, for names
 * with spaces or commas, "'Мой, лист'!A1:C1". Splits on commas outside quotes.
 */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** "Лист1!B2:D4" or "B2" (sheet part optional) → 1-based inclusive box. */
export function parseArea(area: string): MergedRange {
  const local = area.slice(area.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
