import type { Cell, Fill, Font, Workbook } from 'exceljs';
import { Highlight, OWN_SHEETS } from '../../core/plan/workbook-plan';
import { toneFill, toneFont } from './tone-style';

/**
 * Highlights are painted as cell fills and fonts, not conditional formats:
 * the checked file must show the same colours in Excel, LibreOffice and a
 * viewer, and a fill survives copy-paste. The price is that we must be able
 * to take them back: a very hidden sheet records each painted cell and its
 * ORIGINAL fill and font, and the next run restores them before painting.
 *
 * The memory is compact because a region has 100,000 highlighted cells: one
 * row per (sheet, original look) with the addresses joined by spaces, split
 * before Excel's 32,767-character cell limit.
 */
interface Look {
  fill: Fill | null;
  font: Partial<Font> | null;
}

const MAX_ADDRESSES_TEXT = 30_000;

/** Puts back the user's own fill and font on every cell the previous run painted, and forgets them. */
export function restorePreviousHighlights(workbook: Workbook): number {
  const memory = workbook.getWorksheet(OWN_SHEETS.highlightMemory);
  if (!memory) return 0;
  let restored = 0;
  memory.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return; // header
    const [sheet, json, addresses] = [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value];
    const look = typeof json === 'string' ? parseLook(json) : null;
    const ws = typeof sheet === 'string' ? workbook.getWorksheet(sheet) : undefined;
    if (!look || !ws || typeof addresses !== 'string') return;
    for (const address of addresses.split(' ')) {
      if (!address) continue;
      setLook(ws.getCell(address), look);
      restored++;
    }
  });
  workbook.removeWorksheet(memory.id);
  return restored;
}

/** Paints each highlight and writes the memory sheet that lets the next run undo it. */
export function paintHighlights(workbook: Workbook, highlights: Highlight[]): void {
  const remembered = new Map<string, { sheet: string; json: string; addresses: string[] }>();
  const painted = new Map<string, Cell['style']>();
  for (const h of highlights) {
    const ws = workbook.getWorksheet(h.sheet);
    if (!ws) continue;
    const cell = ws.getCell(h.cell);
    const original: Look = {
      fill: (cell.style.fill as Fill | undefined) ?? null,
      font: (cell.style.font as Partial<Font> | undefined) ?? null,
    };
    const json = JSON.stringify(original);
    const key = `${h.sheet}\u0000${json}`;
    const entry = remembered.get(key) ?? { sheet: h.sheet, json, addresses: [] };
    entry.addresses.push(h.cell);
    remembered.set(key, entry);

    // Cells that looked alike before look alike after: one shared style object per (look, tone).
    const styleKey = `${h.tone}\u0000${JSON.stringify(cell.style)}`;
    let style = painted.get(styleKey);
    if (!style) {
      style = { ...cell.style, fill: toneFill(h.tone), font: toneFont(h.tone, original.font ?? undefined) } as Cell['style'];
      painted.set(styleKey, style);
    }
    cell.style = style;
  }
  if (remembered.size === 0) return;
  const ws = workbook.addWorksheet(OWN_SHEETS.highlightMemory, { state: 'veryHidden' });
  ws.addRow(['sheet', 'original fill and font (JSON)', 'cells']);
  for (const { sheet, json, addresses } of remembered.values()) {
    for (const chunk of chunks(addresses)) ws.addRow([sheet, json, chunk]);
  }
}

function chunks(addresses: string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current.length + a.length + 1 > MAX_ADDRESSES_TEXT) {
      out.push(current);
      current = '';
    }
    current = current ? `${current} ${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

/**
 * A new style object every time: exceljs shares font and fill objects between
 * cells that had the same style in the file, so mutating one would repaint others.
 */
function setLook(cell: Cell, look: Look): void {
  const style = { ...cell.style } as Record<string, unknown>;
  if (look.fill) style.fill = look.fill;
  else delete style.fill;
  if (look.font) style.font = look.font;
  else delete style.font;
  cell.style = style as Cell['style'];
}

function parseLook(json: string): Look | null {
  try {
    const parsed = JSON.parse(json) as Partial<Look>;
    return { fill: parsed.fill ?? null, font: parsed.font ?? null };
  } catch {
    return null;
  }
}
