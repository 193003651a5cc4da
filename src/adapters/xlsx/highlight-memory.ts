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
 * before Excel's 32,767-character cell limit. It also lists the sheets the run
 * wrote, so the next run deletes only those: a user's own sheet that happens
 * to be called «Сводка» is never taken for ours.
 */
interface Look {
  fill: Fill | null;
  font: Partial<Font> | null;
}

export interface PaintedCells {
  sheet: string;
  /** The original look, as JSON. */
  json: string;
  addresses: string[];
}

const MAX_ADDRESSES_TEXT = 30_000;
/** Column B of a memory row that names a sheet the run wrote (column A). */
export const WRITTEN_SHEET = 'sheet written by roadmap-control';

/** The sheets the previous run wrote (read only: the workbook is not changed). */
export function sheetsWrittenBefore(workbook: Workbook): Set<string> {
  const written = new Set<string>();
  workbook.getWorksheet(OWN_SHEETS.highlightMemory)?.eachRow({ includeEmpty: false }, (row) => {
    const sheet = row.getCell(1).value;
    if (row.getCell(2).value === WRITTEN_SHEET && typeof sheet === 'string') written.add(sheet);
  });
  return written;
}

/**
 * Undoes the previous run's highlights (the user's own fill and font come
 * back), removes the memory, and says which sheets that run wrote.
 */
export function forgetPreviousRun(workbook: Workbook): Set<string> {
  const written = new Set<string>();
  const memory = workbook.getWorksheet(OWN_SHEETS.highlightMemory);
  if (!memory) return written;
  memory.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return; // header
    const [sheet, json, addresses] = [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value];
    if (json === WRITTEN_SHEET && typeof sheet === 'string') {
      written.add(sheet);
      return;
    }
    const look = typeof json === 'string' ? parseLook(json) : null;
    const ws = typeof sheet === 'string' ? workbook.getWorksheet(sheet) : undefined;
    if (!look || !ws || typeof addresses !== 'string') return;
    for (const address of addresses.split(' ')) if (address) setLook(ws.getCell(address), look);
  });
  workbook.removeWorksheet(memory.id);
  return written;
}

/** Paints each highlight; returns what it painted over, for the memory. */
export function paintHighlights(workbook: Workbook, highlights: Highlight[]): PaintedCells[] {
  const remembered = new Map<string, PaintedCells>();
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
  return [...remembered.values()];
}

/** The very hidden memory of this run: painted cells with their original look, and the sheets written. */
export function rememberRun(workbook: Workbook, painted: PaintedCells[], writtenSheets: string[]): void {
  if (painted.length === 0 && writtenSheets.length === 0) return;
  const ws = workbook.addWorksheet(OWN_SHEETS.highlightMemory, { state: 'veryHidden' });
  ws.addRow(['sheet', 'original fill and font (JSON)', 'cells']);
  for (const name of writtenSheets) ws.addRow([name, WRITTEN_SHEET, null]);
  for (const { sheet, json, addresses } of painted) {
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
