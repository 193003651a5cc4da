import { Diagnostic } from '../core/model/diagnostic';
import { CheckResult } from '../core/pipeline/check-result';

/** «Лист «Школы», ячейка C7: …» — a diagnostic as one plain sentence with its place. */
export function describeDiagnostic(d: Diagnostic): string {
  // A message that names its sheet already («На листе «Бюджет» не найдена таблица…») is not told the sheet twice.
  const named = d.sheet !== null && d.sheet !== undefined && d.message.includes(`«${d.sheet}»`);
  const where =
    d.sheet && !named ? `Лист «${d.sheet}»${d.cell ? `, ячейка ${d.cell}` : ''}: ` : named && d.cell ? `Ячейка ${d.cell}: ` : '';
  return `${where}${d.message}`;
}

/** The command line's one line for a run that found nothing to check. */
export function noTablesReason(result: CheckResult): string {
  const rules = result.diagnostics.filter((d) => d.severity === 'error' && d.id.startsWith('rules.'));
  if (rules.length > 0) {
    const shown = rules.slice(0, 5).map((d) => d.message.replace(/\.$/, ''));
    const more = rules.length > shown.length ? `; и ещё ${rules.length - shown.length}` : '';
    return `правила на листе «Правила» не прочитаны, проверка не выполнялась: ${shown.join('; ')}${more}.`;
  }
  const names = result.books.map((b) => `«${b.book}»`).join(', ');
  const first = result.diagnostics.find((d) => d.severity === 'error' && d.id !== 'ingest.no-tables');
  const why = first ? ` (${describeDiagnostic(first).replace(/^Лист/, 'лист').replace(/\.$/, '')})` : '';
  return `в ${names} не найдено ни одной таблицы мониторинга со списком школ${why}.`;
}
