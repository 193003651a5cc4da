import type { Cell, Fill, Font, Workbook } from 'exceljs';
import { Highlight, OWN_SHEETS } from '../../core/plan/workbook-plan';
import { toneFill, toneFont } from './tone-style';

/**
 * Highlights are painted as cell fills and fonts, not conditional formats:
 * the checked file must show the same colours in Excel, LibreOffice and a
 * viewer, and a fill survives copy-paste. The price is that we must be able
 * to take them back: a very hidden sheet records each painted cell and its
 * ORIGINAL fill and font, and the next run restores them before painting.
 */
interface Remembered {
  sheet: string;
  cell: string;
  fill: Fill | null;
  font: Partial<Font> | null;
}

/** Puts back the user's own fill and font on every cell the previous run painted, and forgets them. */
export function restorePreviousHighlights(workbook: Workbook): number {
  const memory = workbook.getWorksheet(OWN_SHEETS.highlightMemory);
  if (!memory) return 0;
  let restored = 0;
  memory.eachRow({ includeEmpty: false }, (row, r) => {
    if (r === 1) return; // header
    const remembered = parseRow(row.getCell(1).value, row.getCell(2).value, row.getCell(3).value);
    if (!remembered) return;
    const ws = workbook.getWorksheet(remembered.sheet);
    if (!ws) return;
    setFillAndFont(ws.getCell(remembered.cell), remembered.fill, remembered.font);
    restored++;
  });
  workbook.removeWorksheet(memory.id);
  return restored;
}

/** Paints each highlight and writes the memory sheet that lets the next run undo it. */
export function paintHighlights(workbook: Workbook, highlights: Highlight[]): void {
  const memory: Remembered[] = [];
  for (const h of highlights) {
    const ws = workbook.getWorksheet(h.sheet);
    if (!ws) continue;
    const cell = ws.getCell(h.cell);
    const fill = (cell.style.fill as Fill | undefined) ?? null;
    const font = (cell.style.font as Partial<Font> | undefined) ?? null;
    memory.push({ sheet: h.sheet, cell: h.cell, fill, font });
    setFillAndFont(cell, toneFill(h.tone), toneFont(h.tone, font ?? undefined));
  }
  if (memory.length === 0) return;
  const ws = workbook.addWorksheet(OWN_SHEETS.highlightMemory, { state: 'veryHidden' });
  ws.addRow(['sheet', 'cell', 'original style (JSON)']);
  for (const m of memory) ws.addRow([m.sheet, m.cell, JSON.stringify({ fill: m.fill, font: m.font })]);
}

/**
 * A new style object every time: exceljs shares font and fill objects between
 * cells that had the same style in the file, so mutating one would repaint others.
 */
function setFillAndFont(cell: Cell, fill: Fill | null, font: Partial<Font> | null): void {
  const style = { ...cell.style } as Record<string, unknown>;
  if (fill) style.fill = fill;
  else delete style.fill;
  if (font) style.font = font;
  else delete style.font;
  cell.style = style as Cell['style'];
}

function parseRow(sheet: unknown, cell: unknown, json: unknown): Remembered | null {
  if (typeof sheet !== 'string' || typeof cell !== 'string' || typeof json !== 'string') return null;
  try {
    const parsed = JSON.parse(json) as { fill?: Fill | null; font?: Partial<Font> | null };
    return { sheet, cell, fill: parsed.fill ?? null, font: parsed.font ?? null };
  } catch {
    return null;
  }
}
