import { Finding, STATUSES_NEEDING_EXPLANATION } from '../model/finding';
import { School } from '../model/registry';
import { CheckResult } from '../pipeline/check-result';
import { statusCounts } from '../plan/status-counts';
import { columnCounts } from './column-summary';
import { CheckReport, ReportFinding, ReportLetter, ReportSchool } from './report-types';

/**
 * report.json of a check: every school of the registry with its findings
 * (met ones too: the file is the full record of the round and the next
 * round's `--previous`), the letters, and every diagnostic of every stage.
 */
export function buildReport(result: CheckResult, letters: ReportLetter[]): CheckReport {
  const { evaluation } = result;
  const schools = reportSchools(result.registry.schools, evaluation.findings);
  return {
    asOf: result.asOf,
    roadmap: result.roadmap.id,
    schools,
    letters,
    diagnostics: result.diagnostics.map((d) => ({ severity: d.severity, sheet: d.sheet, cell: d.cell, message: d.message, id: d.id })),
    asOfSource: result.asOfSource,
    books: result.books.map((b) => b.book),
    mapping: result.books.flatMap((b) =>
      b.ingest.mapping.map((m) => ({
        book: b.book,
        sheet: m.sheet,
        column: m.column,
        header: m.header,
        measure: m.measure,
        confidence: m.confidence,
      })),
    ),
    aggregates: evaluation.aggregates,
    calendar: evaluation.calendar,
    summary: {
      schools: schools.filter((s) => s.findings.length > 0).length,
      findings: statusCounts(evaluation.findings),
      schoolsNeedingExplanation: schools.filter((s) => s.findings.some((f) => STATUSES_NEEDING_EXPLANATION.includes(f.status))).length,
      letters: letters.length,
      columns: columnCounts(result.books.flatMap((b) => b.ingest.mapping)),
    },
  };
}

function reportSchools(registry: School[], findings: Finding[]): ReportSchool[] {
  const bySchool = new Map<string, ReportFinding[]>();
  for (const f of findings) {
    const list = bySchool.get(f.schoolId) ?? [];
    list.push(reportFinding(f));
    bySchool.set(f.schoolId, list);
  }
  const known = new Set(registry.map((s) => s.id));
  const schools: ReportSchool[] = registry.map((s) => ({ name: s.name, inn: s.inn, findings: bySchool.get(s.id) ?? [] }));
  // A finding for a school the registry does not hold still gets reported, never dropped.
  for (const [id, list] of bySchool) if (!known.has(id)) schools.push({ name: id, inn: null, findings: list });
  return schools;
}

function reportFinding(f: Finding): ReportFinding {
  return {
    item: f.item,
    indicator: f.indicator,
    status: f.status,
    value: f.value,
    target: f.target,
    sheet: f.sheet,
    cell: f.cell,
    indicatorId: f.indicatorId,
    unit: f.unit,
    comparison: f.comparison,
    ...(f.checkedParts ? { checked: f.checkedParts } : {}),
  };
}
