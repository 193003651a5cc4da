import { evaluate } from '../evaluate/evaluate';
import { PreviousFinding, PreviousRound, RoundEvaluation } from '../evaluate/evaluation';
import { Registry } from '../model/registry';
import { Roadmap } from '../roadmap/schema';
import { MonitoringSeries, Round } from './rounds';

/**
 * The previous round from the workbook's own earlier sheets: each monitoring's round before the
 * current one, evaluated as of its own date. Findings of the same school and indicator from two
 * monitorings cannot both exist (a sheet covers its own indicators), so they are simply joined.
 */
export function previousFromRounds(rounds: readonly Round[], roadmap: Roadmap, registry: Registry): PreviousRound | null {
  if (rounds.length === 0) return null;
  const schools = new Map(registry.schools.map((s) => [s.id, s]));
  const findings: PreviousFinding[] = [];
  for (const round of rounds) {
    const evaluation = evaluate({ roadmap, registry, tables: round.tables, asOf: round.asOf, previous: null });
    for (const f of evaluation.findings) {
      const school = schools.get(f.schoolId);
      if (!school) continue;
      findings.push({ school: school.name, inn: school.inn, item: f.item, indicatorId: f.indicatorId, status: f.status, value: f.value });
    }
  }
  const latest = rounds.map((r) => r.asOf).reduce((a, b) => (b > a ? b : a));
  return { asOf: latest, findings };
}

/** Every round of every monitoring with rounds, evaluated as of its date, for the trend. */
export function evaluateSeries(series: readonly MonitoringSeries[], roadmap: Roadmap, registry: Registry): RoundEvaluation[] {
  return series.flatMap((s) =>
    s.rounds.map((round) => ({
      series: s.label,
      asOf: round.asOf,
      sheets: round.tables.map((t) => t.sheet),
      evaluation: evaluate({ roadmap, registry, tables: round.tables, asOf: round.asOf, previous: null }),
    })),
  );
}
