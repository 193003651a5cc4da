import { ControlEvent } from '../evaluate/evaluation';
import { formatRuDate, isoToExcelSerial } from '../model/iso-date';
import { ControlOutlook, controlOutlook } from '../evaluate/control-outlook';
import { header, isoDateCell, text } from './cells';
import { CALENDAR_STATE_RU, CALENDAR_STATE_TONE } from './status-words';
import { compareItems } from './violations-sheet';
import { OWN_SHEETS, PlannedCell, PlannedSheet } from './workbook-plan';

const HEADERS = ['Дата', 'По', 'Пункт', 'Контрольное событие', 'Состояние'];

/**
 * «Календарь контроля»: first what is next (the nearest control date of each item, what is due
 * now first) and what is overdue, then the control dates of the year in date order, coloured by
 * state as of the date.
 */
export function calendarSheet(events: ControlEvent[], asOf: string): PlannedSheet {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : compareItems(a.item, b.item)));
  const rows: PlannedCell[][] = [[text(`Календарь контроля по состоянию на ${formatRuDate(asOf)}`, { bold: true })]];
  rows.push(...outlookBlock(controlOutlook(events)), []);
  rows.push([text('Все контрольные события года', { bold: true })], HEADERS.map(header));
  for (const e of sorted) {
    rows.push(eventRow(e));
  }
  if (sorted.length === 0) rows.push([text('Контрольных событий нет')]);
  return {
    name: OWN_SHEETS.calendar,
    rows,
    columnWidths: [12, 12, 8, 60, 14],
    freezeRows: 1,
    merges: [],
    dataBars: [],
    tabColor: '70AD47',
  };
}

/** One control event as both tables show it: from, until (when a window), item, event, state. */
function eventRow(e: ControlEvent): PlannedCell[] {
  return [
    isoDateCell(isoToExcelSerial(e.date)),
    e.until !== e.date ? isoDateCell(isoToExcelSerial(e.until)) : { v: null },
    text(e.item),
    text(e.label, { wrap: true }),
    text(CALENDAR_STATE_RU[e.state], { tone: CALENDAR_STATE_TONE[e.state] }),
  ];
}

function outlookBlock(outlook: ControlOutlook): PlannedCell[][] {
  const rows: PlannedCell[][] = [[text('Ближайшие контрольные события', { bold: true })], HEADERS.map(header)];
  for (const e of outlook.next) {
    rows.push(eventRow(e));
  }
  if (outlook.next.length === 0) rows.push([text('До конца года контрольных событий нет')]);
  rows.push([], [text('Просрочено: срок прошёл, а данных в книгах нет', { bold: true })]);
  rows.push(['Последний срок', 'Сроков', 'Пункт', 'Контрольное событие'].map(header));
  for (const o of outlook.overdue) {
    rows.push([
      isoDateCell(isoToExcelSerial(o.last)),
      { v: o.count, numFmt: '0' },
      text(o.item),
      text(o.label, { wrap: true, tone: 'bad' }),
    ]);
  }
  if (outlook.overdue.length === 0) rows.push([text('Просроченных нет')]);
  return rows;
}
