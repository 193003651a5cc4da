import { Evaluation, RoundEvaluation } from '../evaluate/evaluation';
import { MonitoringTable } from '../model/monitoring';
import { Registry } from '../model/registry';
import { Roadmap } from '../roadmap/schema';
import { bookScope } from './book-scope';
import { calendarSheet } from './calendar-sheet';
import { dynamicsSheet } from './dynamics-sheet';
import { buildHighlights } from './highlights';
import { summarySheet } from './summary-sheet';
import { violationsSheet } from './violations-sheet';
import { WorkbookPlan } from './workbook-plan';

export interface WorkbookPlanInput {
  evaluation: Evaluation;
  /** Tables of every book of the check: the plan picks this book's own. */
  tables: MonitoringTable[];
  registry: Registry;
  roadmap: Roadmap;
  /** The book the plan is for (WorkbookGrids.name). */
  book: string;
  /** Every round of the monitorings with earlier rounds in the books (the trend), if any. */
  rounds?: readonly RoundEvaluation[];
}

/**
 * What the checked copy of one book gets: highlights on this book's source
 * cells, and the summary sheets of the whole check (with links only to
 * cells of this book). Letter register rows are added by the host once
 * letters are numbered.
 */
export function buildWorkbookPlan(input: WorkbookPlanInput): WorkbookPlan {
  const { evaluation, registry, roadmap } = input;
  const scope = bookScope(input.book, input.tables);
  return {
    sheets: [
      summarySheet(evaluation, registry.schools, roadmap, scope),
      violationsSheet(evaluation.findings, registry.schools, scope),
      calendarSheet(evaluation.calendar, evaluation.asOf),
      ...optional(dynamicsSheet(input.rounds ?? [], roadmap)),
    ],
    highlights: buildHighlights(evaluation.findings, scope, ruleKinds(roadmap)),
    letterRegister: [],
  };
}

function optional<T>(value: T | null): T[] {
  return value === null ? [] : [value];
}

function ruleKinds(roadmap: Roadmap): (indicatorId: string) => string | undefined {
  const kinds = new Map(roadmap.items.flatMap((item) => item.indicators.map((ind) => [ind.id, ind.rule.kind] as const)));
  return (id) => kinds.get(id);
}
