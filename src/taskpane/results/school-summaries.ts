import { CheckSession } from '../../app/check-session';
import { LetterModel } from '../../core/letters/letter-model';
import { Finding, FindingStatus } from '../../core/model/finding';

/** The four states a bar shows; the rarer statuses fold into the nearest one a reader knows. */
export type BarState = 'met' | 'not_met' | 'no_data' | 'late';
const BAR_OF: Partial<Record<FindingStatus, BarState>> = {
  met: 'met',
  not_met: 'not_met',
  no_data: 'no_data',
  missing: 'no_data',
  data_error: 'no_data',
  late: 'late',
};

export interface SchoolSummary {
  id: string;
  name: string;
  /** Lower-cased name and ИНН, for the search. */
  searchText: string;
  findings: Finding[];
  statuses: Set<FindingStatus>;
  /** Items with a finding that needs an explanation. */
  problemItems: Set<string>;
  letter: LetterModel | null;
}

export interface ItemBar {
  item: string;
  title: string | null;
  counts: Record<BarState, number>;
}

export interface SessionSummary {
  schools: SchoolSummary[];
  statusCounts: Map<FindingStatus, number>;
  bars: ItemBar[];
}

const cache = new WeakMap<CheckSession, SessionSummary>();

/** One pass over the findings, kept per session: filtering and scrolling then cost nothing. */
export function summarise(session: CheckSession): SessionSummary {
  const known = cache.get(session);
  if (known) return known;
  const { result, letters } = session;
  const letterOf = new Map(letters.map((l) => [l.schoolId, l]));
  const bySchool = new Map<string, SchoolSummary>();
  for (const s of result.registry.schools) {
    bySchool.set(s.id, {
      id: s.id,
      name: s.name,
      searchText: `${s.name} ${s.inn ?? ''}`.toLowerCase(),
      findings: [],
      statuses: new Set(),
      problemItems: new Set(),
      letter: letterOf.get(s.id) ?? null,
    });
  }
  const statusCounts = new Map<FindingStatus, number>();
  const bars = new Map<string, ItemBar>();
  const titles = new Map(result.roadmap.items.map((i) => [i.number, i.title]));
  for (const f of result.evaluation.findings) {
    statusCounts.set(f.status, (statusCounts.get(f.status) ?? 0) + 1);
    const school = bySchool.get(f.schoolId);
    if (school) {
      school.findings.push(f);
      school.statuses.add(f.status);
      if (f.status !== 'met' && f.status !== 'not_due') school.problemItems.add(f.item);
    }
    const state = BAR_OF[f.status];
    if (!state) continue;
    let bar = bars.get(f.item);
    if (!bar)
      bars.set(f.item, (bar = { item: f.item, title: titles.get(f.item) ?? null, counts: { met: 0, not_met: 0, no_data: 0, late: 0 } }));
    bar.counts[state]++;
  }
  const byNumber = (a: string, b: string) => a.localeCompare(b, 'ru', { numeric: true });
  // Schools with a letter first, then by name: the ones that need attention are on top.
  const schools = [...bySchool.values()].sort((a, b) => Number(!!b.letter) - Number(!!a.letter) || a.name.localeCompare(b.name, 'ru'));
  const summary = { schools, statusCounts, bars: [...bars.values()].sort((a, b) => byNumber(a.item, b.item)) };
  cache.set(session, summary);
  return summary;
}

export interface SchoolFilter {
  status: FindingStatus | 'letter' | null;
  item: string | null;
  query: string;
}

export function filterSchools(schools: readonly SchoolSummary[], filter: SchoolFilter): SchoolSummary[] {
  const q = filter.query.trim().toLowerCase();
  const { status, item } = filter;
  return schools.filter((s) => {
    if (q && !s.searchText.includes(q)) return false;
    if (status === 'letter' && !s.letter) return false;
    if (item === null) return status === null || status === 'letter' || s.statuses.has(status);
    // Both chosen: this item has this status at this school.
    return status === null || status === 'letter'
      ? s.problemItems.has(item)
      : s.findings.some((f) => f.item === item && f.status === status);
  });
}
