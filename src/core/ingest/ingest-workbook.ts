import { Diagnostic, diagnostic } from '../model/diagnostic';
import { Grid, WorkbookGrids } from '../model/grid';
import { IsoDate } from '../model/iso-date';
import { Registry } from '../model/registry';
import { OWN_SHEET_NAMES } from '../plan/workbook-plan';
import { isRegistrySheetName, readRegistrySheet } from './read-registry';
import { BuiltTable, buildTable } from './build-table';
import { CellAddresses } from './cell-addresses';
import { foldText } from './fold-text';
import { IngestOptions, IngestResult } from './ingest-types';
import { assignSchools } from './match-schools';
import { roadmapMeasures } from './roadmap-measures';

/**
 * Workbook grids → monitoring tables, the registry and the effective mapping.
 * Skips the product's own sheets, the rules sheet and the registry sheet.
 * Whatever the input, it answers with diagnostics and never throws: the last
 * guard turns an unforeseen failure into one error diagnostic (tests treat
 * that diagnostic as a bug).
 */
/** The rules sheet and the list of measure codes written beside it are not monitoring tables. */
const RULES_SHEETS = new Set(['правила', 'показатели']);
const OWN = new Set(OWN_SHEET_NAMES.map(foldText));

function isEmptyGrid(grid: Grid): boolean {
  const rows = Array.isArray(grid?.values) ? grid.values : [];
  return !rows.some(
    (row) => Array.isArray(row) && row.some((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')),
  );
}

export function ingestWorkbook(book: WorkbookGrids, options: IngestOptions): IngestResult {
  try {
    return ingest(book, options);
  } catch (error) {
    const registry: Registry = options?.registry ?? { source: 'таблицы мониторинга', schools: [] };
    return {
      tables: [],
      registry,
      asOf: null,
      mapping: [],
      diagnostics: [
        diagnostic(
          'ingest.internal-error',
          'error',
          `Книгу «${book?.name ?? ''}» не удалось прочитать из-за внутренней ошибки: ${String(error)}. Сообщите разработчикам.`,
        ),
      ],
    };
  }
}

function ingest(book: WorkbookGrids, options: IngestOptions): IngestResult {
  const diagnostics: Diagnostic[] = [];
  const grids = (Array.isArray(book.grids) ? book.grids : []).filter((g) => g && !isEmptyGrid(g));
  const empty = (): IngestResult => ({
    tables: [],
    registry: options.registry ?? { source: 'таблицы мониторинга', schools: [] },
    asOf: null,
    mapping: [],
    diagnostics,
  });
  if (grids.length === 0) {
    diagnostics.push(diagnostic('ingest.empty-workbook', 'error', `Книга «${book.name}» пуста: в ней нет ни одного листа с данными.`));
    return empty();
  }

  let sheetRegistry: Registry | null = null;
  const built: BuiltTable[] = [];
  const usedMeasures = roadmapMeasures(options.roadmap);
  const overrides = Array.isArray(options.mapping) ? options.mapping : [];
  const addresses = new CellAddresses();
  for (const [done, grid] of grids.entries()) {
    // Every sheet counts, a table or not: the user sees «Чтение листов: 2 из 5», then «3 из 5».
    options.progress?.({ stage: 'sheets', done, total: grids.length });
    const name = foldText(String(grid.sheet ?? ''));
    if (OWN.has(name) || RULES_SHEETS.has(name)) continue;
    if (isRegistrySheetName(grid.sheet)) {
      const read = readRegistrySheet(grid);
      diagnostics.push(...read.diagnostics);
      sheetRegistry ??= read.registry;
      continue;
    }
    if (grid.hidden) {
      diagnostics.push(
        diagnostic('ingest.hidden-sheet-skipped', 'info', `Скрытый лист «${grid.sheet}» не проверялся.`, { sheet: grid.sheet }),
      );
      continue;
    }
    const result = buildTable({ book: book.name, grid, overrides, usedMeasures, addresses });
    diagnostics.push(...result.diagnostics);
    if (result.built) built.push(result.built);
  }
  options.progress?.({ stage: 'sheets', done: grids.length, total: grids.length });
  if (built.length === 0) {
    diagnostics.push(diagnostic('ingest.no-tables', 'error', `В книге «${book.name}» не найдено ни одной таблицы со списком школ.`));
    return { ...empty(), registry: options.registry ?? sheetRegistry ?? empty().registry };
  }

  const matched = assignSchools(built, options.registry ?? sheetRegistry);
  diagnostics.push(...matched.diagnostics);
  const tables = built.map((b) => b.table);
  const dates = tables.map((t) => t.asOf).filter((d): d is IsoDate => d !== null);
  return {
    tables,
    registry: matched.registry,
    asOf: dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null,
    mapping: tables.flatMap((t) => t.mapping),
    diagnostics,
  };
}
