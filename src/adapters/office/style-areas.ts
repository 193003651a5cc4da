import { PlannedCell, TONE_COLORS, Tone } from '../../core/plan/workbook-plan';
import { columnRuns, packAreas } from './highlight-areas';

/** One look of the planned sheets: a tone's fill and font colour, bold, wrapped text. */
export interface CellLook {
  tone: Tone | null;
  bold: boolean;
  wrap: boolean;
}

export interface StyleGroup {
  look: CellLook;
  /** Comma-joined local addresses, each string one getRanges() call. */
  addresses: string[];
}

/**
 * The styled cells of a planned sheet grouped by look: a sheet has a handful
 * of looks, so a few `getRanges(addresses).format` writes replace a
 * setCellProperties matrix with an entry per cell (11 MB of a region's write).
 */
export function groupStyles(rows: readonly PlannedCell[][]): StyleGroup[] {
  const byLook = new Map<string, { look: CellLook; cells: Map<number, Set<number>> }>();
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || (!cell.tone && !cell.bold && !cell.wrap)) return;
      const look: CellLook = { tone: cell.tone ?? null, bold: Boolean(cell.bold), wrap: Boolean(cell.wrap) };
      const key = `${look.tone}|${look.bold}|${look.wrap}`;
      let entry = byLook.get(key);
      if (!entry) byLook.set(key, (entry = { look, cells: new Map() }));
      // Grid rows and columns are 1-based, as A1 addresses.
      if (!entry.cells.has(c + 1)) entry.cells.set(c + 1, new Set());
      entry.cells.get(c + 1)!.add(r + 1);
    }),
  );
  return [...byLook.values()].map(({ look, cells }) => ({ look, addresses: packAreas(columnRuns(cells)) }));
}

/** Queues one look onto the areas: only what the plan asks for, the rest of the cell's format stays Excel's default. */
export function applyLook(format: Excel.RangeFormat, look: CellLook): void {
  if (look.tone) {
    format.fill.color = `#${TONE_COLORS[look.tone].fill}`;
    format.font.color = `#${TONE_COLORS[look.tone].font}`;
  }
  if (look.bold) format.font.bold = true;
  if (look.wrap) format.wrapText = true;
}
