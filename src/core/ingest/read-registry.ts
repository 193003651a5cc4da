import { Diagnostic, diagnostic } from '../model/diagnostic';
import { CellValue, Grid, WorkbookGrids, a1 } from '../model/grid';
import { Director, Registry, School } from '../model/registry';
import { schoolIdOf, schoolKeys } from '../model/school-identity';
import { singleSpaced } from '../model/single-spaced';
import { findHeaders } from './find-header';
import { foldText } from './fold-text';
import { readHeaderContext } from './header-context';
import { parseCell } from './parse-value';
import { registryColumns } from './registry-columns';
import { readInn } from './school-column';
import { SheetView } from './sheet-view';
import { classifyRow } from './skip-rows';

/**
 * The «Справочник ОО»: a sheet of the checked workbook, or a separate
 * workbook (`--registry FILE`). In a separate workbook any sheet with a list
 * of schools will do; inside the checked one only a sheet named as a registry
 * counts, so a monitoring sheet with an ИНН column is never taken for one.
 */
const REGISTRY_SHEET_NAME = /справочник|реестр (оо|образоват|школ)|перечень (оо|образоват|школ)|список (оо|образоват|школ)/;

export function isRegistrySheetName(name: string): boolean {
  return REGISTRY_SHEET_NAME.test(foldText(name));
}

export function readRegistry(book: WorkbookGrids): { registry: Registry | null; diagnostics: Diagnostic[] } {
  const grids = Array.isArray(book?.grids) ? book.grids : [];
  const named = grids.filter((g) => isRegistrySheetName(g.sheet));
  for (const grid of [...named, ...grids.filter((g) => !named.includes(g))]) {
    const read = readRegistrySheet(grid);
    if (read.registry) return read;
  }
  return {
    registry: null,
    diagnostics: [
      diagnostic(
        'registry.not-found',
        'error',
        `В книге «${book?.name ?? ''}» не найден справочник ОО: нужен лист со столбцами «Наименование ОО» и «ИНН».`,
      ),
    ],
  };
}

const text = (v: CellValue): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

function readGender(v: CellValue): Director['gender'] {
  const t = foldText(text(v) ?? '');
  if (/^(м|муж|мужской|m)\.?$/.test(t)) return 'male';
  if (/^(ж|жен|женский|f)\.?$/.test(t)) return 'female';
  return null;
}

/** One sheet as a registry; null when it has no column of school names. */
export function readRegistrySheet(grid: Grid): { registry: Registry | null; diagnostics: Diagnostic[] } {
  const view = new SheetView(grid);
  const sheet = view.sheet;
  const found = findHeaders(view, grid.merges ?? [])
    .map((header) => {
      const ctx = readHeaderContext(view, header.rows);
      return { header, ctx, cols: registryColumns(ctx.columns) };
    })
    .find(({ cols }) => cols.name !== null && (cols.inn !== null || cols.director !== null || cols.email !== null));
  if (!found || found.cols.name === null) return { registry: null, diagnostics: [] };
  const { header, ctx, cols } = found;
  const nameCol = found.cols.name;
  const headerSchoolText = ctx.columns.find((c) => c.col === nameCol)?.child ?? '';
  const at = (row: number, col: number | null): CellValue => (col === null ? null : view.value(row, col));

  const diagnostics: Diagnostic[] = [];
  const schools: School[] = [];
  const seen = new Map<string, number>();
  for (let r = header.rows[header.rows.length - 1] + 1; r <= view.lastRow; r++) {
    const kind = classifyRow(view, r, { schoolCol: nameCol, headerSchoolText });
    if (kind === 'no-name') {
      diagnostics.push(
        diagnostic('registry.row-without-name', 'warning', `В строке ${r} справочника не указано наименование ОО; строка пропущена.`, {
          sheet,
          cell: a1(r, nameCol),
        }),
      );
    }
    if (kind !== 'school') continue;
    const name = singleSpaced(String(at(r, nameCol)));
    const inn = readInn(at(r, cols.inn));
    if (!inn.valid) {
      diagnostics.push(
        diagnostic('registry.inn-invalid', 'warning', `«${String(at(r, cols.inn))}» не похоже на ИНН (10 цифр).`, {
          sheet,
          cell: a1(r, cols.inn!),
        }),
      );
    }
    const id = schoolIdOf(schoolKeys(name, inn.inn));
    const first = seen.get(id);
    if (first !== undefined) {
      diagnostics.push(
        diagnostic(
          'registry.duplicate-school',
          'warning',
          `Школа «${name}» записана в справочнике дважды (строки ${first} и ${r}); использована первая запись.`,
          {
            sheet,
            cell: a1(r, nameCol),
          },
        ),
      );
      continue;
    }
    seen.set(id, r);
    const fullName = text(at(r, cols.director));
    const flag = cols.flagship === null ? null : parseCell(at(r, cols.flagship), view.numberFormat(r, cols.flagship), 'flag');
    schools.push({
      id,
      name,
      inn: inn.inn,
      director: fullName
        ? { fullName: singleSpaced(fullName), dativeOverride: text(at(r, cols.dative)), gender: readGender(at(r, cols.gender)) }
        : null,
      email: text(at(r, cols.email)),
      flagship: flag?.kind === 'flag' && flag.value,
    });
  }
  return { registry: { source: sheet, schools }, diagnostics };
}
