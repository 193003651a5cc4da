import { Finding } from '../model/finding';
import { BookScope } from './book-scope';
import { STATUS_RU, STATUS_TONE, worseTone } from './status-words';
import { Highlight } from './workbook-plan';

/**
 * One highlight per source cell of this book that a finding points at.
 * A cell read by several indicators (a headcount) takes the worst tone, and
 * its note lists every reason. not_due cells are left as the user made them.
 */
export function buildHighlights(
  findings: Finding[],
  scope: BookScope,
  kindOf: (indicatorId: string) => string | undefined = () => undefined,
): Highlight[] {
  // By sheet, then by cell: the cell's own string is the key, so its hash is computed once,
  // not that of a joined «sheet + cell» string per finding (a region has a hundred thousand).
  const bySheet = new Map<string, Map<string, number>>();
  const highlights: Highlight[] = [];
  for (const finding of findings) {
    if (finding.status === 'not_due' || !scope.has(finding.sheet, finding.cell)) continue;
    const sheet = finding.sheet as string;
    const cell = finding.cell as string;
    let cells = bySheet.get(sheet);
    if (!cells) bySheet.set(sheet, (cells = new Map()));
    const tone = STATUS_TONE[finding.status];
    const reason = `п. ${finding.item}: ${STATUS_RU[finding.status]}`;
    const at = cells.get(cell);
    if (at === undefined) {
      const live = liveComparison(finding, kindOf(finding.indicatorId));
      cells.set(cell, highlights.push(live ? { sheet, cell, tone, note: reason, live } : { sheet, cell, tone, note: reason }) - 1);
    } else {
      // A cell read by two indicators keeps a fixed rule: one comparison cannot speak for both.
      // A new object rather than `delete earlier.live`: a deleted key slows every later read of
      // the object.
      const earlier = highlights[at];
      const note = earlier.note && !earlier.note.includes(reason) ? `${earlier.note}; ${reason}` : earlier.note;
      highlights[at] = { sheet, cell, tone: worseTone(earlier.tone, tone), note };
    }
  }
  return highlights;
}

/** Rules whose verdict is the finding's own cell against a number: at least the target, or zero. */
function liveComparison(finding: Finding, kind: string | undefined): Highlight['live'] {
  if (finding.status !== 'not_met' || typeof finding.value !== 'number' || typeof finding.target !== 'number') return undefined;
  if (kind === 'count_at_least' || kind === 'value_at_least') return { op: '>=', target: finding.target };
  if (kind === 'count_zero') return { op: '=', target: 0 };
  return undefined;
}
