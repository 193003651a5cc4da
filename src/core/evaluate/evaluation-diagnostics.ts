import { uncoveredYears } from '../calendar/working-days';
import { diagnostic, Diagnostic } from '../model/diagnostic';
import { IsoDate, isoDate } from '../model/iso-date';
import { Registry } from '../model/registry';
import { Roadmap } from '../roadmap/schema';
import { ObservationIndex } from './observation-index';

/**
 * What the user should know before trusting the findings: tables that match
 * no school of the registry, schools listed twice in a sheet, and years the
 * production calendar does not know (working days then count Mon–Fri).
 */
export function evaluationDiagnostics(roadmap: Roadmap, registry: Registry, index: ObservationIndex, asOf: IsoDate): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Loops rather than map/filter: the same answers without an array per school and per table.
  const names = new Map<string, string>();
  for (const s of registry.schools) names.set(s.id, s.name);

  for (const table of index.tables) {
    const rows = table.rows.length;
    let matched = 0;
    for (const r of table.rows) if (r.schoolId !== null && names.has(r.schoolId)) matched++;
    if (rows > 0 && matched === 0) {
      diagnostics.push(
        diagnostic(
          'evaluate.table-matches-no-school',
          'warning',
          `Ни одна из ${rows} строк листа «${table.sheet}» не сопоставлена с ОО из справочника «${registry.source}»: лист не проверен`,
          { sheet: table.sheet },
        ),
      );
    }
  }

  for (const { table, schoolId, row } of index.duplicates) {
    const sheet = index.tables[table].sheet;
    const name = names.get(schoolId) ?? schoolId;
    diagnostics.push(
      diagnostic(
        'evaluate.duplicate-school-row',
        'warning',
        `ОО «${name}» встречается на листе «${sheet}» повторно (строка ${row}): учтено первое заполненное значение`,
        {
          sheet,
          cell: `A${row}`,
        },
      ),
    );
  }

  const years = uncoveredYears([isoDate(roadmap.year, 1, 1), asOf]);
  for (const year of years) {
    diagnostics.push(
      diagnostic(
        'calendar.year-not-covered',
        'warning',
        `Переносы выходных дней на ${year} год ещё не известны: рабочие дни считаются без них, с праздниками по статье 112 Трудового кодекса`,
      ),
    );
  }
  return diagnostics;
}
