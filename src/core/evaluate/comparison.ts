import { Comparison, Finding, FindingStatus, STATUSES_NEEDING_EXPLANATION } from '../model/finding';
import { Registry, School } from '../model/registry';
import { normaliseSchoolName } from '../registry/normalise-name';
import { PreviousFinding, PreviousRound } from './evaluation';

const needsExplanation = (status: FindingStatus): boolean => STATUSES_NEEDING_EXPLANATION.includes(status);

/**
 * How a finding moved since the previous round. A `not_due` on either side
 * says nothing about progress: with nothing due before it counts as new;
 * with nothing due now it is unchanged.
 */
export function compareStatus(previous: FindingStatus | undefined, current: FindingStatus): Comparison {
  if (previous === undefined || previous === 'not_due') return 'new';
  if (current === 'not_due') return 'unchanged';
  const wasBad = needsExplanation(previous);
  const isBad = needsExplanation(current);
  if (wasBad && isBad) return 'repeated';
  if (wasBad) return 'improved';
  if (isBad) return 'worsened';
  return 'unchanged';
}

/** Previous findings looked up by ИНН, else by normalised name, per indicator. */
class PreviousLookup {
  private readonly byInn = new Map<string, PreviousFinding>();
  private readonly byName = new Map<string, PreviousFinding>();

  constructor(round: PreviousRound) {
    for (const f of round.findings) {
      // The first one wins: a report lists each school × indicator once; if not, stay deterministic.
      if (f.inn && !this.byInn.has(`${f.inn}|${f.indicatorId}`)) this.byInn.set(`${f.inn}|${f.indicatorId}`, f);
      const nameKey = `${normaliseSchoolName(f.school)}|${f.indicatorId}`;
      if (!this.byName.has(nameKey)) this.byName.set(nameKey, f);
    }
  }

  find(school: School, indicatorId: string): PreviousFinding | undefined {
    const byInn = school.inn ? this.byInn.get(`${school.inn}|${indicatorId}`) : undefined;
    return byInn ?? this.byName.get(`${normaliseSchoolName(school.name)}|${indicatorId}`);
  }
}

/** Findings with `comparison` filled in; without a previous round they stay null. */
export function compareWithPrevious(findings: Finding[], registry: Registry, previous: PreviousRound | null | undefined): Finding[] {
  if (!previous) return findings;
  const lookup = new PreviousLookup(previous);
  const schools = new Map(registry.schools.map((s) => [s.id, s]));
  return findings.map((finding) => {
    const school = schools.get(finding.schoolId);
    const before = school ? lookup.find(school, finding.indicatorId) : undefined;
    return { ...finding, comparison: compareStatus(before?.status, finding.status) };
  });
}
