import { CheckSession } from '../../app/check-session';
import { describeDiagnostic } from '../../app/describe-diagnostic';
import { controlOutlook } from '../../core/evaluate/control-outlook';
import { FindingStatus } from '../../core/model/finding';
import { BarState, ItemBar, PaneSession, SchoolRow } from '../pane-session';

const BAR_OF: Partial<Record<FindingStatus, BarState>> = {
  met: 'met',
  not_met: 'not_met',
  no_data: 'no_data',
  missing: 'no_data',
  data_error: 'no_data',
  late: 'late',
};

/** Where the rules and the rounds came from: the user must see it, not only a count of remarks. */
const NOTICE_IDS = new Set(['rules.from-sheet', 'rules.sheet-ignored', 'rules.year-passed', 'rounds.found', 'rounds.later-ignored']);

/** The page's view of a session, made in the worker in one pass over the findings. */
export function paneView(session: CheckSession): PaneSession {
  const { result, letters } = session;
  const numberOf = new Map(letters.map((l) => [l.schoolId, l.number]));
  const rows = new Map<string, SchoolRow & { s: Set<FindingStatus>; p: Set<string>; k: Set<string> }>();
  for (const s of result.registry.schools) {
    rows.set(s.id, {
      id: s.id,
      name: s.name,
      search: `${s.name} ${s.inn ?? ''}`.toLowerCase(),
      letterNumber: numberOf.get(s.id) ?? null,
      statuses: [],
      problemItems: [],
      pairs: [],
      s: new Set(),
      p: new Set(),
      k: new Set(),
    });
  }
  const statusCounts = new Map<FindingStatus, number>();
  const bars = new Map<string, ItemBar>();
  const titles = new Map(result.roadmap.items.map((i) => [i.number, i.title]));
  for (const f of result.evaluation.findings) {
    statusCounts.set(f.status, (statusCounts.get(f.status) ?? 0) + 1);
    const row = rows.get(f.schoolId);
    if (row) {
      row.s.add(f.status);
      if (f.status !== 'met' && f.status !== 'not_due') {
        row.p.add(f.item);
        row.k.add(`${f.item}|${f.status}`);
      }
    }
    const state = BAR_OF[f.status];
    if (!state) continue;
    let bar = bars.get(f.item);
    if (!bar)
      bars.set(f.item, (bar = { item: f.item, title: titles.get(f.item) ?? null, counts: { met: 0, not_met: 0, no_data: 0, late: 0 } }));
    bar.counts[state]++;
  }
  const schools: SchoolRow[] = [...rows.values()].map(({ s, p, k, ...row }) => ({
    ...row,
    statuses: [...s],
    problemItems: [...p],
    pairs: [...k],
  }));
  // Schools with a letter first, then by name: the ones that need attention are on top.
  schools.sort((a, b) => Number(!!b.letterNumber) - Number(!!a.letterNumber) || a.name.localeCompare(b.name, 'ru'));
  const problems = result.diagnostics.filter((d) => d.severity !== 'info');
  const used = letters.length > 0 && !session.placeholderLetters;
  return {
    checked: result.checked,
    asOf: result.asOf,
    asOfSource: result.asOfSource,
    schoolCount: result.registry.schools.length,
    tableCount: result.tables.length,
    placeholderLetters: session.placeholderLetters,
    notices: result.diagnostics.filter((d) => NOTICE_IDS.has(d.id)).map((d) => d.message),
    problems: problems.slice(0, 200).map(describeDiagnostic),
    problemCount: problems.length,
    errors: result.diagnostics
      .filter((d) => d.severity === 'error')
      .slice(0, 5)
      .map(describeDiagnostic),
    outlook: controlOutlook(result.evaluation.calendar, 5),
    mapping: result.books.flatMap((b) => b.ingest.mapping),
    statusCounts: [...statusCounts],
    bars: [...bars.values()].sort((a, b) => a.item.localeCompare(b.item, 'ru', { numeric: true })),
    schools,
    letters: letters.map((l) => ({ schoolId: l.schoolId, school: l.school, number: l.number, items: l.items.map((i) => i.number) })),
    nextNumber: used ? Math.max(session.letterSettings.nextNumber, ...letters.map((l) => l.sequence + 1)) : null,
  };
}
