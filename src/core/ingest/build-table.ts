import { Diagnostic, diagnostic } from '../model/diagnostic';
import { Grid, a1, columnLetters, parseA1 } from '../model/grid';
import { MeasureId, measureDef } from '../model/measures';
import { MonitoringRow, MonitoringTable } from '../model/monitoring';
import { CellAddresses } from './cell-addresses';
import { ColumnValues } from './column-values';
import { findAsOf } from './find-as-of';
import { MappingOverride } from './ingest-types';
import { percentScaleOf } from './parse-value';
import { readInn } from './school-column';
import { SheetView } from './sheet-view';
import { classifyRow } from './skip-rows';
import { singleSpaced } from '../model/single-spaced';
import { ValuePool } from './value-pool';
import { locateTable } from './locate-table';
import { mapTable } from './table-mapping';

/**
 * One sheet → one monitoring table: header, context, mapping, then every
 * school row with its typed observations. Schools are matched later, across
 * sheets (match-schools.ts); here `schoolId` stays null.
 */
export interface BuiltTable {
  table: MonitoringTable;
  /** Column letter of the school names, for messages about rows. */
  schoolColumn: string;
}

export interface BuildTableInput {
  book: string;
  grid: Grid;
  overrides: readonly MappingOverride[];
  usedMeasures: ReadonlySet<MeasureId>;
  /** Shared by the sheets of one workbook; a table of its own otherwise. */
  addresses?: CellAddresses;
}

interface ActiveColumn {
  col: number;
  measure: MeasureId;
  values: ColumnValues;
}

export function buildTable(input: BuildTableInput): { built: BuiltTable | null; diagnostics: Diagnostic[] } {
  const view = new SheetView(input.grid);
  const sheet = view.sheet;
  const notFound = () => ({
    built: null,
    diagnostics: [diagnostic('ingest.table-not-found', 'warning', `На листе «${sheet}» не найдена таблица со списком школ.`, { sheet })],
  });
  const located = locateTable(view, input.grid);
  if (!located) return notFound();
  const { header, ctx, headerBottom, sampleRows, keys, schoolCol } = located;

  const { mapping, diagnostics } = mapTable({
    view,
    columns: ctx.columns,
    keys,
    sampleRows,
    headerBottom,
    overrides: input.overrides,
    usedMeasures: input.usedMeasures,
  });
  const headerSchoolText = ctx.columns.find((c) => c.col === schoolCol)?.child ?? '';

  const schoolRows: number[] = [];
  for (let r = headerBottom + 1; r <= view.lastRow; r++) {
    const kind = classifyRow(view, r, { schoolCol, headerSchoolText });
    if (kind === 'school') schoolRows.push(r);
    else if (kind === 'no-name') {
      diagnostics.push(
        diagnostic('ingest.row-without-school', 'warning', `В строке ${r} есть данные, но не указана школа; строка пропущена.`, {
          sheet,
          cell: a1(r, schoolCol),
        }),
      );
    }
  }

  if (schoolRows.length === 0) {
    diagnostics.push(diagnostic('ingest.no-rows', 'warning', `На листе «${sheet}» под заголовком таблицы нет ни одной школы.`, { sheet }));
  }

  const active: ActiveColumn[] = [];
  const pool = new ValuePool();
  for (const m of mapping) {
    if (m.measure === null || (m.confidence !== 'sure' && m.confidence !== 'guess' && m.confidence !== 'user')) continue;
    // Two columns the user gave the same measure: the first one counts, as for guesses.
    if (active.some((a) => a.measure === m.measure)) continue;
    const def = measureDef(m.measure);
    if (!def) continue;
    const col = parseA1(`${m.column}1`).col;
    const scale =
      def.type === 'percent'
        ? percentScaleOf(schoolRows.map((r) => ({ raw: view.value(r, col), numberFormat: view.numberFormat(r, col) })))
        : 'percent';
    active.push({ col, measure: m.measure, values: new ColumnValues(def.type, scale, pool) });
  }

  const rows: MonitoringRow[] = [];
  const addresses = input.addresses ?? new CellAddresses();
  for (const r of schoolRows) {
    const rawInn = keys.innCol === null ? null : view.value(r, keys.innCol);
    const inn = readInn(rawInn);
    if (!inn.valid) {
      diagnostics.push(
        diagnostic('ingest.inn-invalid', 'warning', `«${String(rawInn)}» не похоже на ИНН (10 цифр); школа сопоставлена по названию.`, {
          sheet,
          cell: a1(r, keys.innCol!),
        }),
      );
    }
    const measures: MonitoringRow['measures'] = {};
    for (let i = 0; i < active.length; i++) {
      const c = active[i];
      measures[c.measure] = {
        value: c.values.read(view.value(r, c.col), view.numberFormat(r, c.col)),
        sheet,
        cell: addresses.of(r, c.col),
      };
    }
    const name = singleSpaced(String(view.value(r, schoolCol)));
    rows.push({ schoolName: name, inn: inn.inn, schoolId: null, sheet, row: r, measures });
  }

  if (active.length === 0 && !mapping.some((m) => m.confidence === 'unknown')) {
    diagnostics.push(
      diagnostic('ingest.no-measures', 'info', `На листе «${sheet}» нет столбцов с показателями, которые удалось распознать.`, { sheet }),
    );
  }

  const table: MonitoringTable = {
    book: input.book,
    sheet,
    asOf: findAsOf({ sheetName: sheet, titles: ctx.titles, titleDateCells: ctx.titleDateCells }),
    measures: [...new Set(active.map((c) => c.measure))],
    rows,
    mapping,
    headerRows: header.rows,
  };
  return { built: { table, schoolColumn: columnLetters(schoolCol) }, diagnostics };
}
