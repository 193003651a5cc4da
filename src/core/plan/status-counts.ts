import { FINDING_STATUSES, Finding, FindingStatus } from '../model/finding';

/** How many findings of each status: the «Сводка» counts and report.json's summary. */
export function statusCounts(findings: readonly Finding[]): Record<FindingStatus, number> {
  const counts = Object.fromEntries(FINDING_STATUSES.map((s) => [s, 0])) as Record<FindingStatus, number>;
  for (const f of findings) counts[f.status]++;
  return counts;
}
