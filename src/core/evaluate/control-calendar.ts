import { addDays, IsoDate, weekday } from '../model/iso-date';
import { MeasureId } from '../model/measures';
import { MonitoringTable } from '../model/monitoring';
import { Roadmap, RoadmapItem } from '../roadmap/schema';
import { ControlEvent } from './evaluation';
import { allMeasures } from './rule-measures';
import { expandSchedule, scheduleLabel } from './schedule-dates';

type Unstated = Omit<ControlEvent, 'state'>;

function itemEvents(item: RoadmapItem, year: number): Unstated[] {
  const events: Unstated[] = [];
  for (const schedule of item.control.schedules) {
    const label = scheduleLabel(schedule);
    for (const d of expandSchedule(schedule, year)) events.push({ item: item.number, ...d, label });
  }
  const deadlines = new Set<IsoDate>();
  if (item.control.reportDeadline) deadlines.add(item.control.reportDeadline);
  for (const indicator of item.indicators) if (indicator.rule.kind === 'report_by') deadlines.add(indicator.rule.deadline);
  for (const date of deadlines) {
    events.push({ item: item.number, date, until: date, kind: 'report_deadline', label: 'Срок направления информации в УО' });
  }
  const results = new Set(item.indicators.flatMap((i) => (i.dueFrom ? [i.dueFrom] : [])));
  for (const date of results) {
    events.push({ item: item.number, date, until: date, kind: 'result_deadline', label: 'Срок достижения результата' });
  }
  return events;
}

/** Monday of the Mon–Sun week the date falls in. */
function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

function stateOf(event: Unstated, asOf: IsoDate, dataDates: Array<IsoDate | null>): ControlEvent['state'] {
  if ((event.date <= asOf && asOf <= event.until) || mondayOf(event.date) === mondayOf(asOf)) return 'due';
  if (event.date > asOf) return 'upcoming';
  // A table without its own date is taken as current data for everything already passed.
  const covered = dataDates.some((d) => d === null || d >= event.date);
  return covered ? 'done' : 'overdue';
}

/** Dates of the tables that hold any of the item's measures (null: the table states none). */
function dataDatesFor(item: RoadmapItem, tables: MonitoringTable[]): Array<IsoDate | null> {
  const measures = new Set<MeasureId>(item.indicators.flatMap((i) => allMeasures(i.rule)));
  return tables.filter((t) => t.measures.some((m) => measures.has(m))).map((t) => t.asOf);
}

const KIND_ORDER: Record<ControlEvent['kind'], number> = { monitoring: 0, window: 1, report_deadline: 2, result_deadline: 3 };

/**
 * The control calendar of the roadmap's year: every monitoring, window and
 * deadline of the monitored items, with its state as of the date. Sorted by
 * date, then by the item's place in the roadmap.
 */
export function controlCalendar(roadmap: Roadmap, tables: MonitoringTable[], asOf: IsoDate): ControlEvent[] {
  const order = new Map(roadmap.items.map((item, i) => [item.number, i]));
  const events: ControlEvent[] = [];
  for (const item of roadmap.items) {
    if (!item.monitored) continue;
    const dataDates = dataDatesFor(item, tables);
    const seen = new Set<string>();
    for (const event of itemEvents(item, roadmap.year)) {
      // Two schedules can land on the same day (monthly and end of quarter): one event is enough.
      const key = `${event.kind}|${event.date}|${event.until}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({ ...event, state: stateOf(event, asOf, dataDates) });
    }
  }
  return events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (order.get(a.item) ?? 0) - (order.get(b.item) ?? 0) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.until.localeCompare(b.until) ||
      a.label.localeCompare(b.label),
  );
}
