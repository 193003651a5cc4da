import { LETTER_REGISTER_DATE_COLUMNS, LETTER_REGISTER_HEADERS } from '../../core/letters/letter-register';
import { Grid, WorkbookGrids } from '../../core/model/grid';
import { OWN_SHEETS, PlannedSheet, TONE_COLORS, WorkbookPlan } from '../../core/plan/workbook-plan';
import { TEXT_FORMAT } from './cell-writes';
import { insertPlannedSheets } from './insert-planned-sheets';
import { queuePlannedCharts } from './planned-charts';
import { WorkbookSnapshot } from './open-workbook';
import { PreparedWrite, prepareWrite, ruleCount, unpackRules } from './prepare-write';
import { ACTION_OVERHEAD_BYTES, RequestBudget, estimateBytes, utf8Bytes } from './request-budget';
import { HIGHLIGHTS_KEY, queueSettings } from './workbook-settings';
import { writePlannedSheet } from './write-planned-sheet';

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

/** Told between slices of queued calls: what is being written, with counts. */
export type WriteProgress = (label: string, fraction: number) => unknown;

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
  /** Awaited between slices of queued calls: the pane paints the count and lets the page breathe. */
  progress?: WriteProgress;
}

/** Highlight rules queued between two progress reports: a slice stays well under a long task. */
const RULES_PER_SLICE = 500;

/**
 * Carries out a whole WorkbookPlan in one sync (more only past 5 MB): the
 * command line's and the ribbon's path, where the plan is made on the same
 * thread. The pane makes the first half (prepareWrite) in its worker and
 * posts only its result, so the page does nothing but the Office.js calls.
 */
export async function applyPlanInExcel(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  snapshot: WorkbookSnapshot,
  grids: WorkbookGrids,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const prepared = await prepareWrite(plan, snapshot, options);
  return applyPreparedWrite(context, prepared, snapshot, grids, options);
}

/**
 * The page's half: removes the previous run's highlights and owned sheets,
 * writes the new ones (an inserted .xlsx, or cell by cell when that fits one
 * request or the host cannot insert), adds the highlights as conditional
 * formats (live, and the user's own cell formats stay untouched underneath),
 * appends to the letter register and records what it highlighted so the next
 * run can remove exactly that. `snapshot` must be the one `prepared` was made from.
 */
export async function applyPreparedWrite(
  context: Excel.RequestContext,
  prepared: PreparedWrite,
  snapshot: WorkbookSnapshot,
  grids: WorkbookGrids,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const budget = new RequestBudget(context, options.budgetBytes);
  const existing = new Set(snapshot.sheets.map((s) => s.name));
  const sheets = context.workbook.worksheets;
  const report = options.progress ?? (() => undefined);

  for (const previous of snapshot.highlights.sheets) {
    if (!existing.has(previous.sheet)) continue;
    for (const address of previous.areas) {
      await budget.reserve(ACTION_OVERHEAD_BYTES + estimateBytes(address));
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
  const registerExists = existing.has(OWN_SHEETS.letterRegister);
  const names = prepared.sheetNames;

  try {
    let registerRowsAdded = 0;
    if (prepared.insert) {
      await report(`Запись в книгу: листов — ${names.length} одним файлом…`, 0.82);
      await insertPlannedSheets(context, prepared.insert, budget);
      registerRowsAdded = prepared.insert.registerRows;
    } else {
      const planned = JSON.parse(prepared.directSheets) as PlannedSheet[];
      for (const [i, sheet] of planned.entries()) {
        await report(`Запись в книгу: лист ${i + 1} из ${planned.length} («${sheet.name}»)…`, 0.82);
        await writePlannedSheet(context, sheet, budget);
      }
    }
    for (const name of names) remaining.add(name);
    await queuePlannedCharts(context, prepared.charts, budget);

    // The same rules as the checked file's: a live comparison where the cell is the number, else fixed.
    const total = ruleCount(prepared.rules);
    let done = 0;
    for (const rule of unpackRules(prepared.rules)) {
      if (done % RULES_PER_SLICE === 0) await report(`Подсветка: ${groups(done)} из ${groups(total)} правил…`, 0.84 + 0.1 * (done / total));
      const colors = TONE_COLORS[rule.tone];
      await budget.reserve(ACTION_OVERHEAD_BYTES * 4 + estimateBytes(rule.address));
      const cf = sheets.getItem(rule.sheet).getRanges(rule.address).conditionalFormats.add('Custom');
      cf.custom.rule.formula = `=${rule.formula}`;
      cf.custom.format.fill.color = `#${colors.fill}`;
      cf.custom.format.font.color = `#${colors.font}`;
      done++;
    }

    if (registerRowsAdded === 0 && prepared.registerRows > 0) {
      await report(`Реестр писем: строк — ${groups(prepared.registerRows)}…`, 0.95);
      registerRowsAdded = await appendLetterRegister(context, prepared.registerValues, existing, grids, budget);
    }
    if (registerExists || registerRowsAdded > 0) {
      // The register outlives runs while the summary sheets are re-created: keep it the last tab.
      const count = remaining.size + (registerExists ? 0 : 1);
      sheets.getItem(OWN_SHEETS.letterRegister).position = count - 1;
    }

    await budget.reserve(estimateBytes(prepared.bookkeeping) + estimateBytes(options.settings ?? null) + ACTION_OVERHEAD_BYTES * 2);
    // Already the JSON the settings keep (made in the worker beside the plan).
    context.workbook.settings.add(HIGHLIGHTS_KEY, prepared.bookkeeping);
    if (options.settings) queueSettings(context, options.settings);
    if (names.length > 0) sheets.getItem(names[0]).activate();
    await report('Запись в книгу: Excel сохраняет изменения…', 0.97);
    await context.sync();
    return { syncs: budget.earlySyncs + 1, sheetsWritten: names, highlightedCells: prepared.highlightedCells, registerRowsAdded };
  } catch (error) {
    throw prepared.insert ? new SheetsInsertRefused(error) : error;
  }
}

/** 5 000: thousands apart by a no-break space. */
function groups(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

/** Appends below the register's last used row; earlier rows are never rewritten. */
async function appendLetterRegister(
  context: Excel.RequestContext,
  registerValues: string,
  existing: Set<string>,
  grids: WorkbookGrids,
  budget: RequestBudget,
): Promise<number> {
  const values = JSON.parse(registerValues) as (string | number)[][];
  if (values.length === 0) return 0;
  const name = OWN_SHEETS.letterRegister;
  const grid = grids.grids.find((g) => g.sheet === name);
  const lastRow = grid && grid.values.length > 0 ? grid.originRow + grid.values.length - 1 : 0;
  await budget.reserve(utf8Bytes(registerValues) * 2 + ACTION_OVERHEAD_BYTES * 6);
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
  const firstRow = grid && grid.originRow === 1 ? (grid.values[0] ?? []) : [];
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
