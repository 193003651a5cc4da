import { evaluate } from '../evaluate/evaluate';
import { ingestWorkbook } from '../ingest/ingest-workbook';
import { Diagnostic } from '../model/diagnostic';
import { buildWorkbookPlan } from '../plan/build-workbook-plan';
import { CheckInput, CheckResult } from './check-result';
import { mergeRegistries } from './merge-registries';
import { resolveAsOf } from './resolve-as-of';
import { sharedRegistry } from './shared-registry';

/**
 * The one pipeline every host runs: ingest each book, evaluate every table
 * at once against the roadmap as of the monitoring date, plan each book.
 * Pure: the host reads the files and the clock, and applies the plans.
 */
export function runCheck(input: CheckInput): CheckResult {
  const given = input.registry ?? sharedRegistry(input.books);
  const ingests = input.books.map((book) => ({
    book: book.name,
    ingest: ingestWorkbook(book, { roadmap: input.roadmap, registry: given, mapping: input.mapping }),
  }));
  const tables = ingests.flatMap((b) => b.ingest.tables);
  // Ingestion may extend a given registry (schools only the sheets name); the books' registries are what tables point at.
  const registry = mergeRegistries(ingests.map((b) => b.ingest.registry));
  const { asOf, source } = resolveAsOf(
    input.asOf,
    ingests.map((b) => b.ingest.asOf),
    input.today,
  );
  const evaluation = evaluate({ roadmap: input.roadmap, registry, tables, asOf, previous: input.previous ?? null });
  const books = ingests.map((b) => ({
    ...b,
    plan: buildWorkbookPlan({ evaluation, tables, registry, roadmap: input.roadmap, book: b.book }),
  }));
  return {
    asOf,
    asOfSource: source,
    roadmap: input.roadmap,
    registry,
    tables,
    evaluation,
    books,
    diagnostics: dedupe([...ingests.flatMap((b) => b.ingest.diagnostics), ...evaluation.diagnostics]),
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
