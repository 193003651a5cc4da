import { evaluate } from '../evaluate/evaluate';
import { ingestWorkbook } from '../ingest/ingest-workbook';
import { Diagnostic } from '../model/diagnostic';
import { buildWorkbookPlan } from '../plan/build-workbook-plan';
import { CheckInput, CheckResult } from './check-result';
import { mergeRegistries } from './merge-registries';
import { resolveAsOf } from './resolve-as-of';
import { roadmapYearNotice } from './roadmap-year-notice';
import { evaluateSeries, previousFromRounds } from './round-history';
import { splitRounds } from './rounds';
import { sharedRegistry } from './shared-registry';

/**
 * The one pipeline every host runs: ingest each book, evaluate every table
 * at once against the roadmap as of the monitoring date, plan each book.
 * Earlier rounds of a monitoring pasted into the same book are the previous
 * round (unless one is given) and the trend.
 * Pure: the host reads the files and the clock, and applies the plans.
 */
export function runCheck(input: CheckInput): CheckResult {
  const given = input.registry ?? sharedRegistry(input.books);
  const ingests = input.books.map((book) => ({
    book: book.name,
    ingest: ingestWorkbook(book, { roadmap: input.roadmap, registry: given, mapping: input.mapping, progress: input.progress }),
  }));
  const allTables = ingests.flatMap((b) => b.ingest.tables);
  // Ingestion may extend a given registry (schools only the sheets name); the books' registries are what tables point at.
  const registry = mergeRegistries(ingests.map((b) => b.ingest.registry));
  const resolved = resolveAsOf(
    input.asOf,
    ingests.map((b) => b.ingest.asOf),
    input.today,
  );
  const split = splitRounds(allTables, resolved.asOf, input.asOf !== null);
  // Sheets dated only by day and month («Сферум 20.03») still date the check better than the clock.
  const roundDates = split.series.map((s) => s.rounds[s.rounds.length - 1]!.asOf).sort();
  const { asOf, source } =
    resolved.source === 'today' && roundDates.length > 0
      ? { asOf: roundDates[roundDates.length - 1]!, source: 'workbook' as const }
      : resolved;
  const tables = split.current;
  const previous = input.previous ?? previousFromRounds(split.previous, input.roadmap, registry);
  const evaluation = evaluate({ roadmap: input.roadmap, registry, tables, asOf, previous, progress: input.progress });
  const rounds = evaluateSeries(split.series, input.roadmap, registry);
  const books = ingests.map((b) => ({
    ...b,
    plan: buildWorkbookPlan({ evaluation, tables, registry, roadmap: input.roadmap, book: b.book, rounds }),
  }));
  return {
    asOf,
    asOfSource: source,
    roadmap: input.roadmap,
    registry,
    tables,
    evaluation,
    rounds,
    books,
    diagnostics: dedupe([
      ...ingests.flatMap((b) => b.ingest.diagnostics),
      ...split.diagnostics,
      ...roadmapYearNotice(input.roadmap, asOf),
      ...evaluation.diagnostics,
    ]),
    checked: tables.length > 0,
  };
}

/** The same problem reported twice (by two stages) is shown once. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.id}|${d.sheet}|${d.cell}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
