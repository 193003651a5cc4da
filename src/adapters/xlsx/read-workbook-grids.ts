import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { WorkbookGrids } from '../../core/model/grid';
import { OWN_SHEETS } from '../../core/plan/workbook-plan';
import { detectFileKind, UNREADABLE_REASON } from './file-kind';
import { sheetsWrittenBefore } from './highlight-memory';
import { skipPreviousOutput } from './skip-previous-output';
import { worksheetGrid } from './worksheet-grid';

export type ReadWorkbookResult =
  | { ok: true; book: WorkbookGrids; workbook: Workbook }
  /** One Russian line: what is wrong with the file and what to do. */
  | { ok: false; reason: string };

/**
 * Reads an .xlsx from bytes (Node or browser: no fs) into grids, keeping the
 * exceljs workbook so the plan can be applied to the same object. Files that
 * are not a readable .xlsx get a reason instead of an exception.
 */
export async function readWorkbookGrids(data: Uint8Array | ArrayBuffer, name: string): Promise<ReadWorkbookResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = detectFileKind(bytes);
  if (kind !== 'zip') return { ok: false, reason: UNREADABLE_REASON[kind] };

  const workbook = new Workbook();
  try {
    const light = await skipPreviousOutput(bytes);
    // exceljs's typings ask for a Node Buffer; it accepts any ArrayBuffer view through JSZip.
    await workbook.xlsx.load(light as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    return { ok: false, reason: (await hasWorkbookPart(bytes)) ? UNREADABLE_REASON.unsupported : UNREADABLE_REASON.corrupt };
  }
  // Excel cannot save a book without a sheet: a zip that gives none is not a workbook.
  if (workbook.worksheets.length === 0) return { ok: false, reason: UNREADABLE_REASON.corrupt };
  // Our memory sheet and the sheets a previous run wrote («Сводка (2)» too) are not data: ingestion never sees them.
  const ours = sheetsWrittenBefore(workbook);
  const grids = workbook.worksheets.filter((ws) => ws.name !== OWN_SHEETS.highlightMemory && !ours.has(ws.name)).map(worksheetGrid);
  return { ok: true, book: { name, grids }, workbook };
}

/** A zip with xl/workbook.xml is a real workbook exceljs could not handle, not a damaged file. */
async function hasWorkbookPart(bytes: Uint8Array): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    return zip.file('xl/workbook.xml') !== null;
  } catch {
    return false;
  }
}
