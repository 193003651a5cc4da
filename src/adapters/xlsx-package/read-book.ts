import { WorkbookGrids } from '../../core/model/grid';
import { RUN_RECORD_SHEET, RunRecord, decodeRunRecord } from '../../core/plan/run-memory';
import { OWN_SHEETS } from '../../core/plan/workbook-plan';
import { Codec } from './codec';
import { readCellFormats } from './cell-formats';
import { DEFAULT_LIMITS, PackageLimits, TooLarge } from './limits';
import { XlsxPackage } from './package';
import { readSheetGrid } from './read-sheet-grid';
import { readSharedStrings } from './shared-strings';
import { WorkbookStructure, readStructure } from './workbook-structure';
import { ZipError } from './zip-entries';
import { PACKAGE_REASON, tooLargeReason, zipKindReason } from './unreadable-reasons';

/** A workbook read for checking, with what writing its checked copy needs. */
export interface OpenedBook {
  book: WorkbookGrids;
  pkg: XlsxPackage;
  structure: WorkbookStructure;
  /** What the previous run wrote (empty for a book never checked). */
  record: RunRecord;
}

export type OpenBookResult = { ok: true; opened: OpenedBook } | { ok: false; reason: string };

/**
 * Reads a workbook's grids straight from its package (Node or browser: no fs). Sheets a
 * previous run wrote and the run record are not data and are not even inflated, except the
 * letter register, which the letters continue. Anything unusable gets one Russian line.
 */
export function openBook(
  bytes: Uint8Array,
  name: string,
  codec: Codec,
  limits: PackageLimits = DEFAULT_LIMITS,
  /** Read our own sheets and the record too (what Excel would show of a checked book). */
  everySheet = false,
): OpenBookResult {
  const kind = zipKindReason(bytes);
  if (kind) return { ok: false, reason: kind };
  try {
    const pkg = XlsxPackage.open(bytes, codec, limits);
    if (pkg.has('mimetype') && !pkg.has('[Content_Types].xml')) return { ok: false, reason: PACKAGE_REASON.ods };
    const structure = readStructure(pkg);
    if (!structure || structure.sheets.length === 0) return { ok: false, reason: PACKAGE_REASON.notWorkbook };
    let inflated = 0;
    const read = (path: string | null | undefined): Uint8Array | undefined => {
      if (!path || !pkg.has(path)) return undefined;
      if (pkg.size(path) > limits.maxPartBytes) throw new TooLarge('part', pkg.size(path), path);
      inflated += pkg.size(path);
      if (inflated > limits.maxTotalBytes) throw new TooLarge('total', inflated);
      return pkg.bytes(path);
    };
    const rels = partsOf(pkg, structure.workbookPath);
    const strings = readSharedStrings(read(rels.sharedStrings));
    const formats = readCellFormats(read(rels.styles));
    const gridOf = (sheet: WorkbookStructure['sheets'][number]) =>
      readSheetGrid(read(sheet.path)!, {
        sheet: sheet.name,
        hidden: sheet.state !== 'visible',
        strings,
        formats,
        date1904: structure.date1904,
        limits,
      });
    const names = structure.sheets.map((s) => s.name);
    const recordSheet = structure.sheets.find((s) => s.name === RUN_RECORD_SHEET && s.path);
    const record = decodeRunRecord(recordSheet ? gridOf(recordSheet)[0] : undefined, names);
    const skip = new Set(everySheet ? [] : [RUN_RECORD_SHEET, ...record.sheets.filter((s) => s !== OWN_SHEETS.letterRegister)]);
    const grids = structure.sheets.filter((s) => s.worksheet && s.path && !skip.has(s.name)).flatMap(gridOf);
    return { ok: true, opened: { book: { name, grids }, pkg, structure, record } };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: tooLargeReason(error) };
    if (error instanceof ZipError) return { ok: false, reason: PACKAGE_REASON.corrupt };
    // A part whose XML does not parse, or whose deflate stream is broken.
    return { ok: false, reason: PACKAGE_REASON.brokenPart };
  }
}

/** The workbook's shared strings and styles parts, from its relationships. */
function partsOf(pkg: XlsxPackage, workbookPath: string): { sharedStrings: string | null; styles: string | null } {
  const rels = pkg.text(workbookPath.replace(/([^/]+)$/, '_rels/$1.rels')) ?? '';
  const find = (suffix: string): string | null => {
    const m = new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*Type="[^"]*/${suffix}"[^>]*>`).exec(rels);
    const target = m ? /Target="([^"]*)"/.exec(m[0])?.[1] : null;
    if (!target) return null;
    return target.startsWith('/') ? target.slice(1) : `${workbookPath.replace(/[^/]+$/, '')}${target}`;
  };
  return { sharedStrings: find('sharedStrings'), styles: find('styles') };
}
