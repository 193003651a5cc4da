import { ApplyResult, SheetsInsertRefused, WriteProgress, applyPlanInExcel, applyPreparedWrite } from '../adapters/office/apply-plan';
import { PreparedWrite } from '../adapters/office/prepare-write';
import { packAreas } from '../adapters/office/highlight-areas';
import { WorkbookSnapshot, openWorkbook } from '../adapters/office/open-workbook';
import { readGrids } from '../adapters/office/read-grids';
import { queueRegisterRead } from '../adapters/office/register-preread';
import { Grid, WorkbookGrids } from '../core/model/grid';
import { IsoDate } from '../core/model/iso-date';
import { RUN_RECORD_SHEET, decodeRunRecord } from '../core/plan/run-memory';
import { OWN_SHEETS, WorkbookPlan } from '../core/plan/workbook-plan';
import { CheckSession, checkBookSession } from '../app/check-session';
import { CheckSettings, parseStoredSettings } from '../app/check-settings';
import { settingsAfterRun } from '../app/letter-defaults';

export interface ExcelCheckOptions {
  today: IsoDate;
  bookName: string;
  /** The host has ExcelApi 1.13 (merged areas). */
  merges: boolean;
  /** The host can insert a large plan as an .xlsx (`insertWorksheetsFromBase64`, ExcelApi 1.13 too): `merges` unless said. */
  insertSheets?: boolean;
  /** Choices the pane made that are not saved yet (they win over the stored ones). */
  settings?: CheckSettings;
  /** Awaited between sheets as they are converted after the read (the pane yields to the page there). */
  between?: () => Promise<unknown>;
}

/** The workbook as read for a check: what the plan is applied over. */
export interface ReadExcelBook {
  snapshot: WorkbookSnapshot;
  book: WorkbookGrids;
  settings: CheckSettings;
  insertSheets: boolean;
}

export interface PreparedExcelCheck extends ReadExcelBook {
  session: CheckSession;
}

/** Syncs 1 and 2: read the workbook and run the check; nothing is written yet (the dry run). */
export async function prepareExcelCheck(context: Excel.RequestContext, options: ExcelCheckOptions): Promise<PreparedExcelCheck> {
  return checkRead(await readExcelBook(context, options), options.today);
}

/** The check of a book already read, on this thread. */
export function checkRead(read: ReadExcelBook, today: IsoDate): PreparedExcelCheck {
  return { ...read, session: checkBookSession(read.book, read.settings, today) };
}

/** Syncs 1 and 2 without the check: the task pane checks the grids in its worker, off the page. */
export async function readExcelBook(context: Excel.RequestContext, options: ExcelCheckOptions): Promise<ReadExcelBook> {
  const { snapshot, register } = await openWithRegister(context);
  const settings = options.settings ?? parseStoredSettings(snapshot.settings);
  // Sheets a previous run wrote are output, not data: they are not even read (nor the register read with sync 1).
  const ours = new Set(snapshot.highlights.written);
  if (register) ours.add(OWN_SHEETS.letterRegister);
  const dataSheets = { ...snapshot, sheets: snapshot.sheets.filter((s) => !ours.has(s.name)) };
  const data = await readGrids(context, dataSheets, options.bookName, { merges: options.merges, between: options.between });
  const read = register ? { ...data, grids: [...data.grids, register] } : data;
  // A book the command line checked: its memory sheet and the sheets it wrote are output too.
  const record = decodeRunRecord(
    read.grids.find((g) => g.sheet === RUN_RECORD_SHEET),
    snapshot.sheets.map((s) => s.name),
  );
  const output = new Set([RUN_RECORD_SHEET, ...record.sheets]);
  const book = { ...read, grids: read.grids.filter((g) => !output.has(g.sheet)) };
  const written = [...new Set([...snapshot.highlights.written, ...record.sheets])];
  // Its rules on the user's sheets are ours to clear too, as the Excel run's own.
  const cleared = [...snapshot.highlights.sheets, ...record.rules.map((r) => ({ sheet: r.sheet, areas: packAreas(r.ranges) }))];
  return {
    snapshot: { ...snapshot, highlights: { sheets: cleared, written } },
    book,
    settings,
    insertSheets: options.insertSheets ?? options.merges,
  };
}

/**
 * Sync 1 with the letter register read in it (register-preread.ts). Should a
 * host refuse that read (a register past 5 MB), sync 1 is made again without
 * it and the register is read with the other sheets.
 */
async function openWithRegister(context: Excel.RequestContext): Promise<{ snapshot: WorkbookSnapshot; register: Grid | null }> {
  const register = queueRegisterRead(context);
  try {
    const snapshot = await openWorkbook(context);
    return { snapshot, register: register() };
  } catch {
    return { snapshot: await openWorkbook(context), register: null };
  }
}

/**
 * Sync 3: the plan, the register and the settings (with the next outgoing
 * number) in one write. Should the host refuse a large plan's inserted .xlsx,
 * the plan is written directly instead, over a fresh sheet list (the refused
 * batch already deleted the previous run's sheets): a few more syncs, the same result.
 */
export async function writeExcelCheck(context: Excel.RequestContext, prepared: PreparedExcelCheck): Promise<ApplyResult> {
  return writeExcelPlan(context, prepared, prepared.session.result.books[0].plan, settingsAfterRun(prepared.settings, prepared.session));
}

/** Sync 3 for a plan made elsewhere (the pane's worker), with the settings to save beside it. */
export async function writeExcelPlan(
  context: Excel.RequestContext,
  prepared: ReadExcelBook,
  plan: WorkbookPlan,
  settings: CheckSettings,
): Promise<ApplyResult> {
  try {
    return await applyPlanInExcel(context, plan, prepared.snapshot, prepared.book, { settings, insertSheets: prepared.insertSheets });
  } catch (error) {
    if (!(error instanceof SheetsInsertRefused)) throw error;
    const now = await openWorkbook(context);
    // The refused batch saved nothing: the previous run's bookkeeping still says what it wrote.
    const snapshot = { ...now, highlights: prepared.snapshot.highlights };
    const direct = await applyPlanInExcel(context, plan, snapshot, prepared.book, { settings, insertSheets: false });
    return { ...direct, syncs: direct.syncs + 2 };
  }
}

/**
 * Sync 3 for a write prepared elsewhere (the pane's worker, prepare-write.ts): the page only makes
 * the calls. Should the host refuse the inserted .xlsx, `direct` prepares the same write cell by
 * cell over the sheet list as the refused batch left it.
 */
export async function writePreparedExcel(
  context: Excel.RequestContext,
  read: ReadExcelBook,
  prepared: PreparedWrite,
  settings: CheckSettings,
  direct: (snapshot: WorkbookSnapshot) => Promise<PreparedWrite>,
  progress?: WriteProgress,
): Promise<ApplyResult> {
  try {
    return await applyPreparedWrite(context, prepared, read.snapshot, read.book, { settings, progress });
  } catch (error) {
    if (!(error instanceof SheetsInsertRefused)) throw error;
    const now = await openWorkbook(context);
    // The refused batch saved nothing: the previous run's bookkeeping still says what it wrote.
    const snapshot = { ...now, highlights: read.snapshot.highlights };
    const again = await applyPreparedWrite(context, await direct(snapshot), snapshot, read.book, { settings, progress });
    return { ...again, syncs: again.syncs + 2 };
  }
}
