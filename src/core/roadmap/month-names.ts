import type { Month } from 'date-fns/types';
import { ru } from 'date-fns/locale/ru';
/**
 * Month lists in Russian for schedules: «апрель–август», «январь–март, сентябрь–декабрь»,
 * «май, июнь». Runs of three or more months read best as a range; a school season may wrap
 * over the new year («сентябрь–март»).
 */
/** The months as a list names them, standing alone: date-fns's Russian locale («январь», not «января»). */
const NAMES = Array.from({ length: 12 }, (_, i) => ru.localize.month(i as Month, { width: 'wide', context: 'standalone' }));
/** Stems that also match the genitive and short forms people type: «мая», «сент.», «авг». */
const STEMS = ['янв', 'фев', 'мар', 'апр', 'ма[йя]', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

export function monthName(month: number): string {
  return NAMES[month - 1];
}

export function formatMonths(months: readonly number[]): string {
  const sorted = [...months].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const m of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === m - 1) run.push(m);
    else runs.push([m]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${monthName(run[0])}–${monthName(run[run.length - 1])}` : run.map(monthName).join(', ')))
    .join(', ');
}

function readMonth(word: string): number | null {
  const w = word.trim().toLowerCase().replace(/\.$/, '');
  const index = STEMS.findIndex((stem) => new RegExp(`^${stem}[а-я]*$`).test(w));
  return index < 0 ? null : index + 1;
}

/** «апрель–август» → [4..8]; null when a word is not a month. The result is sorted, without repeats. */
export function parseMonths(text: string): number[] | null {
  const months = new Set<number>();
  for (const part of text.split(',')) {
    const ends = part.split(/[–—-]/);
    if (ends.length > 2) return null;
    const from = readMonth(ends[0]);
    const to = ends.length === 2 ? readMonth(ends[1]) : from;
    if (from === null || to === null) return null;
    for (let m = from; ; m = (m % 12) + 1) {
      months.add(m);
      if (m === to) break;
    }
  }
  return months.size === 0 ? null : [...months].sort((a, b) => a - b);
}
