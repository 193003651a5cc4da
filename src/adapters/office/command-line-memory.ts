import { Grid } from '../../core/model/grid';
import { OWN_SHEETS } from '../../core/plan/workbook-plan';

// Column B of a row of the command line's memory sheet that names a sheet it wrote
// (src/adapters/xlsx/highlight-memory.ts writes it; the format is the file's, so it is repeated here).
const WRITTEN_SHEET = 'sheet written by roadmap-control';

/**
 * A workbook checked by the command line carries a very hidden «_roadmap_control»
 * sheet listing the sheets it wrote. Checked again in Excel, those are output,
 * not data, and ours to replace: without this, «Сводка» would stay and ours
 * would become «Сводка (2)».
 */
export function sheetsWrittenByCommandLine(grids: readonly Grid[]): string[] {
  const memory = grids.find((g) => g.sheet === OWN_SHEETS.highlightMemory);
  if (!memory) return [];
  return memory.values.filter((row) => row[1] === WRITTEN_SHEET && typeof row[0] === 'string').map((row) => row[0] as string);
}
