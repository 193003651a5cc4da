import { evaluateAggregates } from './aggregates';
import { compareWithPrevious } from './comparison';
import { controlCalendar } from './control-calendar';
import { Evaluation, EvaluationInput } from './evaluation';
import { evaluationDiagnostics } from './evaluation-diagnostics';
import { indexObservations } from './observation-index';
import { evaluateSchools } from './school-findings';

/**
 * The roadmap applied to the monitoring tables as of a date: per-school
 * findings, municipal totals, the control calendar of the year and what to
 * warn about. Pure and deterministic: the same input gives the same output,
 * and time comes only from `input.asOf`.
 */
export function evaluate(input: EvaluationInput): Evaluation {
  const { roadmap, registry, tables, asOf } = input;
  const index = indexObservations(tables);
  const diagnostics = evaluationDiagnostics(roadmap, registry, index, asOf);
  const findings = compareWithPrevious(evaluateSchools(roadmap, registry, index, asOf, input.progress), registry, input.previous);
  const aggregates = evaluateAggregates(roadmap, registry, index, asOf, diagnostics);
  return {
    asOf,
    roadmapId: roadmap.id,
    findings,
    aggregates,
    calendar: controlCalendar(roadmap, tables, asOf),
    diagnostics,
  };
}
