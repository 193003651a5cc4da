import { z } from 'zod';
import { CellValue, Grid } from '../model/grid';
import { OWN_SHEETS } from './workbook-plan';

/**
 * What a run wrote into a workbook, so the next run removes exactly that: the sheets it
 * created and the ranges of its conditional formats on the user's sheets. It travels in the
 * book as the very hidden sheet «_roadmap_control» (one reader, one writer: this module), and
 * anyone can edit a file: a stale or forged record may only ever name sheets that carry one
 * of our names and are in the book, so it can never make a run drop a user's «Справочник ОО».
 */
export interface RunRecord {
  /** Sheets the run wrote («Сводка», «Сводка (2)» beside a user's own). */
  sheets: string[];
  /** Our conditional-format ranges per user sheet ("E5:E9 F7"). */
  rules: { sheet: string; ranges: string[] }[];
}

export const RUN_RECORD_SHEET = OWN_SHEETS.highlightMemory;
const TITLE = 'roadmap-control run record';
const VERSION = 1;
/** The former memory's marker in column B of a row naming a written sheet (books checked before). */
const LEGACY_WRITTEN = 'sheet written by roadmap-control';
/** Below Excel's 32,767 characters a cell holds. */
const MAX_CELL_TEXT = 30_000;

const OWN_NAME = new RegExp(
  `^(${[OWN_SHEETS.summary, OWN_SHEETS.violations, OWN_SHEETS.calendar, OWN_SHEETS.dynamics, OWN_SHEETS.legend, OWN_SHEETS.letterRegister]
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})( \\(\\d{1,3}\\))?$`,
);
const RANGE = /^\$?[A-Z]{1,3}\$?\d{1,7}(:\$?[A-Z]{1,3}\$?\d{1,7})?$/;

/** A name one of our sheets may have: «Сводка», «Нарушения (2)». */
export function isOwnSheetName(name: string): boolean {
  return OWN_NAME.test(name);
}

const sheetRow = z.tuple([z.literal('sheet'), z.string().min(1).max(31)]).rest(z.unknown());
const rulesRow = z.tuple([z.literal('rules'), z.string().min(1).max(31), z.string().max(32_767)]).rest(z.unknown());

/** The record as rows of cells, for the writer of the hidden sheet. */
export function encodeRunRecord(record: RunRecord): CellValue[][] {
  const rows: CellValue[][] = [[TITLE, VERSION]];
  for (const name of record.sheets) rows.push(['sheet', name]);
  for (const { sheet, ranges } of record.rules) {
    for (const chunk of chunks(ranges)) rows.push(['rules', sheet, chunk]);
  }
  return rows;
}

/**
 * The record a grid of the hidden sheet holds, trusting nothing: rows that do not parse are
 * skipped, written sheets must be present and bear one of our names, rule ranges must be on a
 * present sheet that is not ours and be plain A1 ranges.
 */
export function decodeRunRecord(grid: Pick<Grid, 'values'> | undefined, present: readonly string[]): RunRecord {
  const record: RunRecord = { sheets: [], rules: [] };
  if (!grid) return record;
  const here = new Set(present);
  const rules = new Map<string, string[]>();
  for (const row of grid.values) {
    const sheet = sheetRow.safeParse(row);
    if (sheet.success) {
      addSheet(record, here, sheet.data[1]);
      continue;
    }
    // A book checked before this record existed: ['Сводка', 'sheet written by roadmap-control'].
    if (row[1] === LEGACY_WRITTEN && typeof row[0] === 'string') {
      addSheet(record, here, row[0]);
      continue;
    }
    const rule = rulesRow.safeParse(row);
    if (!rule.success) continue;
    const [, name, text] = rule.data;
    if (!here.has(name) || isOwnSheetName(name) || name === RUN_RECORD_SHEET) continue;
    const ranges = text.split(' ').filter((r) => RANGE.test(r));
    if (ranges.length === 0) continue;
    rules.set(name, [...(rules.get(name) ?? []), ...ranges]);
  }
  record.rules = [...rules].map(([sheet, ranges]) => ({ sheet, ranges }));
  return record;
}

function addSheet(record: RunRecord, present: Set<string>, name: string): void {
  if (present.has(name) && isOwnSheetName(name) && !record.sheets.includes(name)) record.sheets.push(name);
}

function chunks(ranges: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of ranges) {
    if (current && current.length + 1 + r.length > MAX_CELL_TEXT) {
      out.push(current);
      current = '';
    }
    current = current ? `${current} ${r}` : r;
  }
  if (current) out.push(current);
  return out;
}
