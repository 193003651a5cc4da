import { ApplyResult, applyPlanInExcel } from '../adapters/office/apply-plan';
import { sheetsWrittenByCommandLine } from '../adapters/office/command-line-memory';
import { WorkbookSnapshot, openWorkbook } from '../adapters/office/open-workbook';
import { readGrids } from '../adapters/office/read-grids';
import { AddinSettings } from '../adapters/office/workbook-settings';
import { WorkbookGrids } from '../core/model/grid';
import { IsoDate } from '../core/model/iso-date';
import { OWN_SHEETS } from '../core/plan/workbook-plan';
import { CheckSession, runCheckSession, settingsAfterRun } from './check-session';

export interface ExcelCheckOptions {
  today: IsoDate;
  bookName: string;
  /** The host has ExcelApi 1.13 (merged areas). */
  merges: boolean;
  /** Choices the pane made that are not saved yet (they win over the stored ones). */
  settings?: AddinSettings;
}

export interface PreparedExcelCheck {
  snapshot: WorkbookSnapshot;
  book: WorkbookGrids;
  settings: AddinSettings;
  session: CheckSession;
}

/** Syncs 1 and 2: read the workbook and run the check; nothing is written yet (the dry run). */
export async function prepareExcelCheck(context: Excel.RequestContext, options: ExcelCheckOptions): Promise<PreparedExcelCheck> {
  const snapshot = await openWorkbook(context);
  const settings = options.settings ?? snapshot.settings;
  // Sheets a previous run wrote are output, not data: they are not even read.
  const ours = new Set(snapshot.highlights.written);
  const dataSheets = { ...snapshot, sheets: snapshot.sheets.filter((s) => !ours.has(s.name)) };
  const read = await readGrids(context, dataSheets, options.bookName, { merges: options.merges });
  // A book the command line checked: its memory sheet and the sheets it wrote are output too.
  const byCommandLine = sheetsWrittenByCommandLine(read.grids);
  const output = new Set([OWN_SHEETS.highlightMemory, ...byCommandLine]);
  const book = { ...read, grids: read.grids.filter((g) => !output.has(g.sheet)) };
  const written = [...new Set([...snapshot.highlights.written, ...byCommandLine])];
  return {
    snapshot: { ...snapshot, highlights: { ...snapshot.highlights, written } },
    book,
    settings,
    session: runCheckSession(book, settings, options.today),
  };
}

/** Sync 3: the plan, the register and the settings (with the next outgoing number) in one write. */
export async function writeExcelCheck(context: Excel.RequestContext, prepared: PreparedExcelCheck): Promise<ApplyResult> {
  const plan = prepared.session.result.books[0].plan;
  return applyPlanInExcel(context, plan, prepared.snapshot, prepared.book, {
    settings: settingsAfterRun(prepared.settings, prepared.session),
  });
}
