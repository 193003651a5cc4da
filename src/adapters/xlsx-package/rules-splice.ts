import { childrenAfter } from '../xlsx/worksheet-children';
import { escapeXml, rootPrefix } from './xml-text';

/** A conditional format of ours on a user's sheet. */
export interface SheetRule {
  /** Space-separated areas, as sqref takes them. */
  sqref: string;
  dxfId: number;
  formula: string;
}

const AFTER_RULES = childrenAfter('conditionalFormatting');

/**
 * A user's sheet with our rules replaced: the blocks a previous run added (every area of
 * their sqref is one the run record names) are cut out, this run's are inserted after the
 * user's own, with priorities after theirs. Nothing else of the sheet changes, byte for byte;
 * the sheet's cells are not even looked at (the splice starts after </sheetData>).
 */
export function spliceRules(xml: string, previous: ReadonlySet<string>, rules: readonly SheetRule[]): string {
  const p = rootPrefix(xml, 'worksheet');
  const tailStart = endOfSheetData(xml, p);
  let tail = xml.slice(tailStart);
  if (previous.size > 0) {
    const block = new RegExp(`<${p}conditionalFormatting\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}conditionalFormatting>)`, 'g');
    tail = tail.replace(block, (whole) => {
      const sqref = /\ssqref="([^"]*)"/.exec(whole)?.[1] ?? '';
      const areas = sqref.split(/\s+/).filter(Boolean);
      return areas.length > 0 && areas.every((a) => previous.has(a)) ? '' : whole;
    });
  }
  if (rules.length > 0) {
    let priority = 0;
    for (const m of tail.matchAll(/\spriority="(\d+)"/g)) priority = Math.max(priority, Number(m[1]));
    const blocks = rules
      .map(
        (r) =>
          `<${p}conditionalFormatting sqref="${r.sqref}"><${p}cfRule type="expression" dxfId="${r.dxfId}" priority="${++priority}">` +
          `<${p}formula>${escapeXml(r.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
      )
      .join('');
    const at = insertionPoint(tail, p);
    tail = tail.slice(0, at) + blocks + tail.slice(at);
  }
  return xml.slice(0, tailStart) + tail;
}

function endOfSheetData(xml: string, p: string): number {
  const close = xml.lastIndexOf(`</${p}sheetData>`);
  if (close >= 0) return close + `</${p}sheetData>`.length;
  const empty = new RegExp(`<${p}sheetData\\s*/>`).exec(xml);
  return empty ? empty.index + empty[0].length : 0;
}

/** Before the first top-level child that follows conditional formats, else before </worksheet>. */
function insertionPoint(tail: string, p: string): number {
  let depth = 1;
  for (const m of tail.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0) return m.index!;
      continue;
    }
    if (depth === 1 && AFTER_RULES.has(name!.slice(p.length))) return m.index!;
    if (!selfClosing) depth++;
  }
  return tail.length;
}
