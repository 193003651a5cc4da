import { LETTER_REGISTER_DATE_COLUMNS, LETTER_REGISTER_HEADERS, registerRowCells } from '../../core/letters/letter-register';
import { Grid, WorkbookGrids } from '../../core/model/grid';
import { packAreas } from '../../core/plan/cell-areas';
import { highlightRules } from '../../core/plan/highlight-rules';
import { LetterRegisterRow, OWN_SHEETS, TONE_COLORS, WorkbookPlan } from '../../core/plan/workbook-plan';
import { TEXT_FORMAT } from './cell-writes';
import { HighlightGroup, groupHighlights } from './highlight-areas';
import { insertPlannedSheets } from './insert-planned-sheets';
import { queuePlannedCharts } from './planned-charts';
import { WorkbookSnapshot } from './open-workbook';
import { ACTION_OVERHEAD_BYTES, RequestBudget, estimateBytes } from './request-budget';
import { HighlightBookkeeping, queueHighlightBookkeeping, queueSettings } from './workbook-settings';
import { directWriteBytes, writePlannedSheet } from './write-planned-sheet';

export interface ApplyResult {
  /** context.sync() calls this apply made (1 unless a write would pass 5 MB). */
  syncs: number;
  sheetsWritten: string[];
  highlightedCells: number;
  registerRowsAdded: number;
}

/**
 * The host refused the inserted .xlsx (a policy that blocks
 * insertWorksheetsFromBase64, a file it will not take). What was queued
 * before it has run (the previous run's highlights cleared, its sheets
 * deleted); nothing after it has, so the caller can write the plan directly.
 */
export class SheetsInsertRefused extends Error {
  constructor(readonly reason: unknown) {
    super(`insertWorksheetsFromBase64 refused: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

export interface ApplyOptions {
  /** Settings to save with the same sync (the choices this run used). */
  settings?: object;
  budgetBytes?: number;
  /**
   * The host has ExcelApi 1.13 (`workbook.insertWorksheetsFromBase64`). A plan
   * too large for one direct write request is then inserted as a compressed
   * .xlsx; without it, such a plan is written directly in several requests.
   */
  insertSheets?: boolean;
}

/**
 * Carries out a whole WorkbookPlan in one sync (more only past 5 MB): removes
 * the previous run's highlights and owned sheets, writes the new ones, adds the
 * highlights as conditional formats (live, and the user's own cell formats stay
 * untouched underneath), appends to the letter register and records what it
 * highlighted so the next run can remove exactly that. A plan that fits one
 * request is written cell by cell (no exceljs to load); a larger one, where
 * the host allows, as one inserted .xlsx (insert-planned-sheets.ts).
 */
export async function applyPlanInExcel(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  snapshot: WorkbookSnapshot,
  grids: WorkbookGrids,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const budget = new RequestBudget(context, options.budgetBytes);
  const existing = new Set(snapshot.sheets.map((s) => s.name));
  const sheets = context.workbook.worksheets;

  let clearBytes = 0;
  for (const previous of snapshot.highlights.sheets) {
    if (!existing.has(previous.sheet)) continue;
    for (const address of previous.areas) {
      const bytes = ACTION_OVERHEAD_BYTES + estimateBytes(address);
      clearBytes += bytes;
      await budget.reserve(bytes);
      sheets.getItem(previous.sheet).getRanges(address).conditionalFormats.clearAll();
    }
  }

  // Only the sheets the previous run wrote are ours to delete (the register is appended to, never deleted).
  const remaining = new Set(existing);
  for (const name of snapshot.highlights.written) {
    if (!existing.has(name) || name === OWN_SHEETS.letterRegister) continue;
    sheets.getItem(name).delete();
    remaining.delete(name);
  }
  // A user's own sheet with one of our names stays; ours gets «Сводка (2)», as the .xlsx adapter does.
  const planned = plan.sheets.map((sheet) => ({ ...sheet, name: freeName(remaining, sheet.name) }));
  const groups = groupHighlights(plan.highlights.filter((h) => existing.has(h.sheet)));
  const book: HighlightBookkeeping = { sheets: [], written: planned.map((s) => s.name) };
  for (const group of groups) {
    let entry = book.sheets.find((s) => s.sheet === group.sheet);
    if (!entry) book.sheets.push((entry = { sheet: group.sheet, areas: [] }));
    entry.areas.push(...group.addresses);
  }
  const registerExists = existing.has(OWN_SHEETS.letterRegister);
  // Everything else this write queues: what the sheets must fit beside in one request.
  const tail =
    clearBytes +
    highlightBytes(groups) +
    registerBytes(plan.letterRegister) +
    estimateBytes(book) +
    estimateBytes(options.settings ?? null);
  const insert =
    Boolean(options.insertSheets) && planned.length > 0 && directWriteBytes(planned, budget.limitBytes) + tail > budget.limitBytes;

  try {
    let registerRowsAdded = 0;
    if (insert) {
      const inFile = registerExists ? [] : plan.letterRegister;
      await insertPlannedSheets(context, planned, inFile, budget);
      registerRowsAdded = inFile.length;
    } else {
      for (const sheet of planned) await writePlannedSheet(context, sheet, budget);
    }
    for (const sheet of planned) remaining.add(sheet.name);
    await queuePlannedCharts(context, planned, budget);

    // The same rules as the checked file's: a live comparison where the cell is the number, else fixed.
    for (const rule of highlightRules(plan.highlights.filter((h) => existing.has(h.sheet)))) {
      const colors = TONE_COLORS[rule.tone];
      for (const address of packAreas(rule.ranges)) {
        await budget.reserve(ACTION_OVERHEAD_BYTES * 4 + estimateBytes(address));
        const cf = sheets.getItem(rule.sheet).getRanges(address).conditionalFormats.add('Custom');
        cf.custom.rule.formula = `=${rule.formula}`;
        cf.custom.format.fill.color = `#${colors.fill}`;
        cf.custom.format.font.color = `#${colors.font}`;
      }
    }
    const highlightedCells = plan.highlights.filter((h) => existing.has(h.sheet)).length;

    if (registerRowsAdded === 0) registerRowsAdded = await appendLetterRegister(context, plan.letterRegister, existing, grids, budget);
    if (registerExists || registerRowsAdded > 0) {
      // The register outlives runs while the summary sheets are re-created: keep it the last tab.
      const count = remaining.size + (registerExists ? 0 : 1);
      sheets.getItem(OWN_SHEETS.letterRegister).position = count - 1;
    }

    await budget.reserve(estimateBytes(book) + estimateBytes(options.settings ?? null) + ACTION_OVERHEAD_BYTES * 2);
    queueHighlightBookkeeping(context, book);
    if (options.settings) queueSettings(context, options.settings);
    if (planned.length > 0) sheets.getItem(planned[0].name).activate();
    await context.sync();
    return { syncs: budget.earlySyncs + 1, sheetsWritten: book.written, highlightedCells, registerRowsAdded };
  } catch (error) {
    throw insert ? new SheetsInsertRefused(error) : error;
  }
}

function highlightBytes(groups: readonly HighlightGroup[]): number {
  return groups.reduce((sum, g) => sum + g.addresses.reduce((s, a) => s + ACTION_OVERHEAD_BYTES * 4 + estimateBytes(a), 0), 0);
}

function registerBytes(rows: readonly LetterRegisterRow[]): number {
  return rows.length === 0 ? 0 : estimateBytes(rows) * 2 + ACTION_OVERHEAD_BYTES * 6;
}

function freeName(taken: Set<string>, wanted: string): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  let name = wanted;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/** Appends below the register's last used row; earlier rows are never rewritten. */
async function appendLetterRegister(
  context: Excel.RequestContext,
  rows: readonly LetterRegisterRow[],
  existing: Set<string>,
  grids: WorkbookGrids,
  budget: RequestBudget,
): Promise<number> {
  if (rows.length === 0) return 0;
  const name = OWN_SHEETS.letterRegister;
  const grid = grids.grids.find((g) => g.sheet === name);
  const lastRow = grid && grid.values.length > 0 ? grid.originRow + grid.values.length - 1 : 0;
  const values: (string | number)[][] = rows.map(registerRowCells);
  await budget.reserve(estimateBytes(values) * 2 + ACTION_OVERHEAD_BYTES * 6);
  const sheet = existing.has(name) ? context.workbook.worksheets.getItem(name) : context.workbook.worksheets.add(name);
  let top = lastRow;
  if (lastRow === 0) {
    const header = sheet.getRangeByIndexes(0, 0, 1, LETTER_REGISTER_HEADERS.length);
    header.values = [[...LETTER_REGISTER_HEADERS]];
    header.format.font.bold = true;
    top = 1;
  } else {
    addMissingRegisterHeaders(sheet, grid);
  }
  const range = sheet.getRangeByIndexes(top, 0, values.length, LETTER_REGISTER_HEADERS.length);
  // Outgoing numbers such as «01-19/5» must not be reparsed by Excel; dates are Excel dates.
  range.numberFormat = values.map((r) =>
    r.map((v, i) => (LETTER_REGISTER_DATE_COLUMNS.includes(i) && typeof v === 'number' ? 'dd.mm.yyyy' : TEXT_FORMAT)),
  );
  range.values = values;
  return values.length;
}

/**
 * A register of an earlier version lacks the columns added since («Срок ответа», «Адресат»):
 * their headers go into row 1 where those cells are empty; a user's own caption is never overwritten.
 */
function addMissingRegisterHeaders(sheet: Excel.Worksheet, grid: Grid | undefined): void {
  const firstRow = grid && grid.originRow === 1 ? grid.values[0] ?? [] : [];
  const firstCol = grid?.originCol ?? 1;
  LETTER_REGISTER_HEADERS.forEach((caption, i) => {
    const at = i + 1 - firstCol;
    const present = at >= 0 ? firstRow[at] : null;
    if (present !== null && present !== undefined && String(present).trim() !== '') return;
    const cell = sheet.getRangeByIndexes(0, i, 1, 1);
    cell.values = [[caption]];
    cell.format.font.bold = true;
  });
}
