import { CellValue, Grid, MergedRange, WorkbookGrids, parseA1 } from '../../../src/core/model/grid';
import { IngestOptions, MappingOverride } from '../../../src/core/ingest/ingest-types';
import { Registry } from '../../../src/core/model/registry';
import { getPreset } from '../../../src/core/roadmap/presets';

/**
 * Builds sheets the way adapters hand them over: rows of plain values from
 * A1 (or another origin), merges written as "A1:F1", number formats by cell.
 */
export interface SheetSpec {
  merges?: string[];
  /** { D5: 'dd.mm.yyyy', E5: '0.0%' } */
  formats?: Record<string, string>;
  originRow?: number;
  originCol?: number;
  hidden?: boolean;
}

export function range(a1Range: string): MergedRange {
  const [from, to] = a1Range.split(':');
  const a = parseA1(from);
  const b = parseA1(to ?? from);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function sheet(name: string, rows: CellValue[][], spec: SheetSpec = {}): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
  const originRow = spec.originRow ?? 1;
  const originCol = spec.originCol ?? 1;
  const numberFormats = values.map((r) => r.map(() => 'General'));
  for (const [address, format] of Object.entries(spec.formats ?? {})) {
    const { row, col } = parseA1(address);
    numberFormats[row - originRow][col - originCol] = format;
  }
  return { sheet: name, values, numberFormats, originRow, originCol, merges: (spec.merges ?? []).map(range), hidden: spec.hidden };
}

export function book(name: string, ...grids: Grid[]): WorkbookGrids {
  return { name, grids };
}

export function options(
  extra: { registry?: Registry | null; mapping?: MappingOverride[]; roadmap?: 'municipal-2025' | 'school-2023' } = {},
): IngestOptions {
  return { roadmap: getPreset(extra.roadmap ?? 'municipal-2025')!, registry: extra.registry ?? null, mapping: extra.mapping ?? [] };
}
