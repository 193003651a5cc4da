import { Diagnostic, diagnostic } from '../model/diagnostic';
import { MonitoringRow } from '../model/monitoring';
import { Registry, School } from '../model/registry';
import { SchoolDirectory, schoolIdOf, schoolKeys } from '../model/school-identity';
import { normaliseSchoolName } from '../model/school-name';
import { BuiltTable } from './build-table';

/**
 * Gives every row its registry school. With a registry, a row that matches
 * nothing keeps `schoolId: null` and is reported with its cell. Without one,
 * the registry is built from the rows themselves, the first spelling of a
 * school winning. A school named twice in one sheet keeps its first row.
 */
export const BUILT_REGISTRY_SOURCE = 'таблицы мониторинга';

/** The row's normalised name, worked out on first need. */
function nameKey(row: MonitoringRow, known: string | undefined): string {
  return known ?? normaliseSchoolName(row.schoolName);
}

export function assignSchools(tables: BuiltTable[], given: Registry | null): { registry: Registry; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const schools: School[] = given ? given.schools : [];
  const index = new SchoolDirectory<School>();
  for (const school of schools) index.add(schoolKeys(school.name, school.inn), school);
  for (const { table, schoolColumn } of tables) {
    const cellOf = (row: MonitoringRow): string => `${schoolColumn}${row.row}`;
    const firstRowOf = new Map<string, MonitoringRow>();
    const kept: MonitoringRow[] = [];
    for (const row of table.rows) {
      // Export rows mostly match by ИНН (an empty name looks up the ИНН alone): a name is normalised
      // only when needed — normalising every row was a quarter of a region's ingestion (npm run bench).
      // `nameKey(row, normalised)` rather than a closure per row: 20,000 rows, 20,000 closures fewer.
      let normalised: string | undefined;
      let school = row.inn ? index.find({ inn: row.inn, name: '' }) : undefined;
      if (!school) school = index.find({ inn: row.inn, name: (normalised = nameKey(row, normalised)) });
      if (!school && !given) {
        school = {
          id: schoolIdOf({ inn: row.inn, name: (normalised = nameKey(row, normalised)) }),
          name: row.schoolName,
          inn: row.inn,
          director: null,
          email: null,
          flagship: false,
        };
        schools.push(school);
        index.add({ inn: row.inn, name: normalised }, school);
      }
      if (!school) {
        diagnostics.push(
          diagnostic(
            'ingest.school-not-in-registry',
            'warning',
            `Школа «${row.schoolName}» не найдена в справочнике ОО; её строка не сопоставлена.`,
            {
              sheet: table.sheet,
              cell: cellOf(row),
            },
          ),
        );
      }
      row.schoolId = school ? school.id : null;
      const key = school ? school.id : `unmatched:${row.inn ?? (normalised = nameKey(row, normalised))}`;
      const first = firstRowOf.get(key);
      if (first) {
        diagnostics.push(
          diagnostic(
            'ingest.duplicate-school',
            'warning',
            `Школа «${row.schoolName}» встречается на листе дважды: в ячейках ${cellOf(first)} и ${cellOf(row)}. Использована первая строка.`,
            { sheet: table.sheet, cell: cellOf(row) },
          ),
        );
        continue;
      }
      firstRowOf.set(key, row);
      kept.push(row);
    }
    table.rows = kept;
  }
  return { registry: given ?? { source: BUILT_REGISTRY_SOURCE, schools }, diagnostics };
}
