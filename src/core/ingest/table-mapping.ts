import { Diagnostic } from '../model/diagnostic';
import { a1 } from '../model/grid';
import { MeasureId, isKnownMeasure } from '../model/measures';
import { ColumnMapping } from '../model/monitoring';
import { columnHints } from './column-hints';
import { duplicateColumn, overrideOutsideTable, uncertainColumn, unknownColumn, unknownMeasureOverride } from './column-messages';
import { ColumnHeader } from './header-context';
import { isIdentityHeader } from './identity-columns';
import { MappingOverride } from './ingest-types';
import { decideColumn, scoreColumn } from './map-columns';
import { KeyColumns } from './school-column';
import { SheetView } from './sheet-view';

/**
 * The effective mapping of one table: every header column is accounted for.
 * The user's overrides win; the key columns and the context columns (address,
 * director, phone, notes…) are `identity`; a column with data that nothing
 * recognised is `unknown` and reported, with the best guesses if any; a guess
 * is used and reported; a measure claimed by two columns goes to the first.
 */
export interface TableMappingInput {
  view: SheetView;
  columns: ColumnHeader[];
  keys: KeyColumns;
  sampleRows: number[];
  headerBottom: number;
  overrides: readonly MappingOverride[];
  usedMeasures: ReadonlySet<MeasureId>;
}

function holdsData(view: SheetView, col: number, rows: number[]): boolean {
  for (const r of rows) {
    const v = view.value(r, col);
    if (v !== null && !(typeof v === 'string' && v.trim() === '')) return true;
  }
  return false;
}

export function mapTable(input: TableMappingInput): { mapping: ColumnMapping[]; diagnostics: Diagnostic[] } {
  const { view, columns, keys } = input;
  const sheet = view.sheet;
  const diagnostics: Diagnostic[] = [];
  const overrides = new Map<string, MappingOverride>();
  for (const o of input.overrides) if (o.sheet === sheet) overrides.set(o.column.toUpperCase(), o);
  const keyCols = new Set([keys.schoolCol, keys.innCol, keys.numberCol]);

  const mapping: ColumnMapping[] = [];
  const claimedBy = new Map<MeasureId, string>();
  const duplicates = new Set<string>();
  for (const header of columns) {
    const base = { sheet, column: header.letter, header: header.label };
    const override = overrides.get(header.letter);
    overrides.delete(header.letter);
    if (override && (override.measure === null || isKnownMeasure(override.measure))) {
      mapping.push({ ...base, measure: override.measure, confidence: 'user', alternatives: [] });
      if (override.measure) claimedBy.set(override.measure, header.letter);
      continue;
    }
    if (override) diagnostics.push(unknownMeasureOverride(sheet, header.letter, String(override.measure)));
    if (keyCols.has(header.col)) {
      mapping.push({ ...base, measure: null, confidence: 'identity', alternatives: [] });
      continue;
    }
    const decision = decideColumn(scoreColumn(header, columnHints(view, header.col, input.sampleRows)));
    if (
      decision.confidence !== 'sure' &&
      (isIdentityHeader(header.childText) || (!header.childText && isIdentityHeader(header.parentText)))
    ) {
      mapping.push({ ...base, measure: null, confidence: 'identity', alternatives: [] });
      continue;
    }
    if (decision.confidence === 'unknown' && !holdsData(view, header.col, input.sampleRows)) {
      mapping.push({ ...base, measure: null, confidence: 'ignored', alternatives: decision.alternatives });
      continue;
    }
    mapping.push({ ...base, ...decision });
  }

  for (const entry of mapping) {
    if ((entry.confidence !== 'sure' && entry.confidence !== 'guess') || entry.measure === null) continue;
    const first = claimedBy.get(entry.measure);
    if (first && first !== entry.column) {
      diagnostics.push(duplicateColumn(sheet, first, entry.column, entry.measure));
      entry.confidence = 'guess';
      duplicates.add(entry.column);
    } else claimedBy.set(entry.measure, entry.column);
  }

  for (const entry of mapping) {
    const col = columns.find((c) => c.letter === entry.column)!.col;
    const cell = a1(input.headerBottom, col);
    if (entry.confidence === 'unknown') diagnostics.push(unknownColumn(sheet, cell, entry.column, entry.header, entry.alternatives));
    if (entry.confidence !== 'guess' || entry.measure === null || duplicates.has(entry.column)) continue;
    diagnostics.push(uncertainColumn(sheet, cell, entry.column, entry.header, entry.measure, entry.alternatives));
  }
  for (const letter of overrides.keys()) diagnostics.push(overrideOutsideTable(sheet, letter));
  return { mapping, diagnostics };
}
