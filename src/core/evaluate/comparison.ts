import { Comparison, Finding, FindingStatus, STATUSES_NEEDING_EXPLANATION } from '../model/finding';
import { Registry, School } from '../model/registry';
import { SchoolDirectory, groupBySchool, schoolKeys } from '../model/school-identity';
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

/** Last round's finding of the school for the indicator: the school found as ingestion finds it. */
class PreviousLookup {
  private readonly bySchool: SchoolDirectory<PreviousFinding[]>;

  constructor(round: PreviousRound) {
    this.bySchool = groupBySchool(round.findings, (f) => schoolKeys(f.school, f.inn));
  }

  find(school: School, indicatorId: string): PreviousFinding | undefined {
    // The first one wins: a report lists each school × indicator once; if not, stay deterministic.
    return this.bySchool.find(schoolKeys(school.name, school.inn))?.find((f) => f.indicatorId === indicatorId);
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
