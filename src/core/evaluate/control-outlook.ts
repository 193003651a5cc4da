import { IsoDate } from '../model/iso-date';
import { ControlEvent } from './evaluation';

/** One item's overdue control: the latest date that passed without data, and how many did. */
export interface OverdueControl {
  item: string;
  label: string;
  /** The latest passed date with no data for it. */
  last: IsoDate;
  count: number;
}

/** What the control calendar says is next, as of the monitoring date. */
export interface ControlOutlook {
  /** The next monitoring or deadline of each item (and kind), soonest first; what is due now comes first. */
  next: ControlEvent[];
  overdue: OverdueControl[];
}

/**
 * From the calendar of the year, the specialist's short list: per item, the nearest control date
 * that is due now or ahead, and the items whose control dates passed with no data in the books.
 */
export function controlOutlook(events: readonly ControlEvent[], limit = 12): ControlOutlook {
  const nextByKey = new Map<string, ControlEvent>();
  const overdue = new Map<string, OverdueControl>();
  for (const e of events) {
    if (e.state === 'due' || e.state === 'upcoming') {
      const key = `${e.item}|${e.kind}`;
      const seen = nextByKey.get(key);
      if (!seen || e.date < seen.date) nextByKey.set(key, e);
    } else if (e.state === 'overdue') {
      const key = `${e.item}|${e.kind}`;
      const seen = overdue.get(key);
      if (seen) {
        seen.count++;
        if (e.date > seen.last) seen.last = e.date;
      } else overdue.set(key, { item: e.item, label: e.label, last: e.date, count: 1 });
    }
  }
  const next = [...nextByKey.values()]
    .sort((a, b) => Number(b.state === 'due') - Number(a.state === 'due') || a.date.localeCompare(b.date))
    .slice(0, limit);
  return { next, overdue: [...overdue.values()].sort((a, b) => b.last.localeCompare(a.last)) };
}
