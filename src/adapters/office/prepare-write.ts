import { registerRowCells } from '../../core/letters/letter-register';
import { packAreas } from '../../core/plan/cell-areas';
import { highlightRules } from '../../core/plan/highlight-rules';
import { LetterRegisterRow, OWN_SHEETS, PlannedChart, PlannedSheet, Tone, WorkbookPlan } from '../../core/plan/workbook-plan';
import { HighlightGroup, groupHighlights } from './highlight-areas';
import { WorkbookSnapshot } from './open-workbook';
import { ACTION_OVERHEAD_BYTES, DEFAULT_BUDGET_BYTES, estimateBytes } from './request-budget';
import { HighlightBookkeeping } from './workbook-settings';
import { directWriteBytes } from './write-planned-sheet';

export const TONES: readonly Tone[] = ['bad', 'warn', 'good', 'neutral'];

/**
 * The highlight rules as a few strings and one typed array: at a region's size
 * they are thousands of small objects, which a structured clone copies one by
 * one, while a string or an ArrayBuffer crosses to the page in one piece.
 * Address i is line i of `addresses`; its sheet, tone and formula are the
 * indexes meta[3i], meta[3i+1], meta[3i+2].
 */
export interface PackedRules {
  sheets: string[];
  formulas: string[];
  addresses: string;
  meta: Uint32Array;
}

/**
 * Everything the page needs to write a plan through Office.js, made where the
 * plan was made (the pane's worker): the page only queues the calls. The
 * sheets travel as one .xlsx in base64 (for `insertWorksheetsFromBase64`) or,
 * when they fit one direct request or the host cannot insert, as JSON text.
 */
export interface PreparedWrite {
  /** The planned sheets' names beside the user's own («Сводка (2)» next to a user's «Сводка»), in tab order. */
  sheetNames: string[];
  /** The sheets (and a register that does not exist yet) as one .xlsx; null when they are written directly. */
  insert: { base64: string; names: string[]; registerRows: number } | null;
  /** PlannedSheet[] as JSON, with the final names, for the direct write ('' when inserted). */
  directSheets: string;
  /** Native charts per written sheet (a handful: they are not in the inserted file). */
  charts: { sheet: string; charts: PlannedChart[] }[];
  rules: PackedRules;
  /** Source cells highlighted (on sheets that still exist). */
  highlightedCells: number;
  /** The register rows to append in place, as JSON of their cells; '[]' when none or when they came in the file. */
  registerValues: string;
  registerRows: number;
  /** What this write highlighted and created, as the JSON stored in the settings for the next run. */
  bookkeeping: string;
}

export interface PrepareOptions {
  /** The settings saved with the write: only their size matters here (they share the request). */
  settings?: object;
  budgetBytes?: number;
  /** The host can insert sheets from base64 (ExcelApi 1.13). */
  insertSheets?: boolean;
}

function freeName(taken: Set<string>, wanted: string): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  let name = wanted;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/** Sheet names that remain after the previous run's own sheets are deleted (the register stays). */
export function remainingSheets(snapshot: WorkbookSnapshot): Set<string> {
  const existing = new Set(snapshot.sheets.map((s) => s.name));
  const remaining = new Set(existing);
  for (const name of snapshot.highlights.written) if (existing.has(name) && name !== OWN_SHEETS.letterRegister) remaining.delete(name);
  return remaining;
}

/** The bytes the page will queue to clear the previous run's highlights. */
export function clearBytesOf(snapshot: WorkbookSnapshot): number {
  const existing = new Set(snapshot.sheets.map((s) => s.name));
  let bytes = 0;
  for (const previous of snapshot.highlights.sheets) {
    if (!existing.has(previous.sheet)) continue;
    for (const address of previous.areas) bytes += ACTION_OVERHEAD_BYTES + estimateBytes(address);
  }
  return bytes;
}

function highlightBytes(groups: readonly HighlightGroup[]): number {
  return groups.reduce((sum, g) => sum + g.addresses.reduce((s, a) => s + ACTION_OVERHEAD_BYTES * 4 + estimateBytes(a), 0), 0);
}

function registerBytes(rows: readonly LetterRegisterRow[]): number {
  return rows.length === 0 ? 0 : estimateBytes(rows) * 2 + ACTION_OVERHEAD_BYTES * 6;
}

function packRules(plan: WorkbookPlan, existing: Set<string>): PackedRules {
  const sheets: string[] = [];
  const formulas: string[] = [];
  const addresses: string[] = [];
  const meta: number[] = [];
  const indexOf = (list: string[], value: string) => {
    const at = list.indexOf(value);
    return at >= 0 ? at : list.push(value) - 1;
  };
  for (const rule of highlightRules(plan.highlights.filter((h) => existing.has(h.sheet)))) {
    const sheet = indexOf(sheets, rule.sheet);
    const formula = indexOf(formulas, rule.formula);
    for (const address of packAreas(rule.ranges)) {
      addresses.push(address);
      meta.push(sheet, TONES.indexOf(rule.tone), formula);
    }
  }
  return { sheets, formulas, addresses: addresses.join('\n'), meta: Uint32Array.from(meta) };
}

/** The rules back as the page queues them, one entry per address string. */
export function* unpackRules(rules: PackedRules): Generator<{ sheet: string; tone: Tone; formula: string; address: string }> {
  if (rules.addresses === '') return;
  const addresses = rules.addresses.split('\n');
  for (let i = 0; i < addresses.length; i++) {
    yield {
      sheet: rules.sheets[rules.meta[3 * i]],
      tone: TONES[rules.meta[3 * i + 1]],
      formula: rules.formulas[rules.meta[3 * i + 2]],
      address: addresses[i],
    };
  }
}

export function ruleCount(rules: PackedRules): number {
  return rules.meta.length / 3;
}

/**
 * The worker's half of writing a plan into Excel: the names, the choice
 * between inserting an .xlsx and writing cell by cell (the same estimate as
 * before: the direct write with everything else queued beside it, against one
 * request's budget), the .xlsx itself, the packed rules, the register's cells
 * and the bookkeeping. Nothing here touches Office.js.
 */
export async function prepareWrite(plan: WorkbookPlan, snapshot: WorkbookSnapshot, options: PrepareOptions = {}): Promise<PreparedWrite> {
  const limit = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const existing = new Set(snapshot.sheets.map((s) => s.name));
  const remaining = remainingSheets(snapshot);
  const planned: PlannedSheet[] = plan.sheets.map((sheet) => ({ ...sheet, name: freeName(remaining, sheet.name) }));
  const onExisting = plan.highlights.filter((h) => existing.has(h.sheet));
  const groups = groupHighlights(onExisting);
  const book: HighlightBookkeeping = { sheets: [], written: planned.map((s) => s.name) };
  for (const group of groups) {
    let entry = book.sheets.find((s) => s.sheet === group.sheet);
    if (!entry) book.sheets.push((entry = { sheet: group.sheet, areas: [] }));
    entry.areas.push(...group.addresses);
  }
  const registerExists = existing.has(OWN_SHEETS.letterRegister);
  // Everything else this write queues: what the sheets must fit beside in one request.
  const tail =
    clearBytesOf(snapshot) +
    highlightBytes(groups) +
    registerBytes(plan.letterRegister) +
    estimateBytes(book) +
    estimateBytes(options.settings ?? null);
  const insertIt = Boolean(options.insertSheets) && planned.length > 0 && directWriteBytes(planned, limit) + tail > limit;

  let insert: PreparedWrite['insert'] = null;
  let appended: readonly LetterRegisterRow[] = plan.letterRegister;
  if (insertIt) {
    const inFile = registerExists ? [] : plan.letterRegister;
    // exceljs loads only when a plan needs it (in the pane, inside the worker).
    const { plannedSheetsBase64 } = await import(/* webpackChunkName: "xlsx" */ './planned-sheets-xlsx');
    const names = [...planned.map((s) => s.name), ...(inFile.length > 0 ? [OWN_SHEETS.letterRegister] : [])];
    insert = { base64: await plannedSheetsBase64(planned, inFile), names, registerRows: inFile.length };
    if (inFile.length > 0) appended = [];
  }
  return {
    sheetNames: planned.map((s) => s.name),
    insert,
    directSheets: insert ? '' : JSON.stringify(planned),
    charts: planned.filter((s) => (s.charts ?? []).length > 0).map((s) => ({ sheet: s.name, charts: s.charts! })),
    rules: packRules(plan, existing),
    highlightedCells: onExisting.length,
    registerValues: JSON.stringify(appended.map(registerRowCells)),
    registerRows: appended.length,
    bookkeeping: JSON.stringify(book),
  };
}
