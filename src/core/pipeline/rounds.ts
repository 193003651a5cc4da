import { foldText } from '../ingest/fold-text';
import { Diagnostic, diagnostic } from '../model/diagnostic';
import { IsoDate, formatRuDate, isIsoDate, isoDate, isoParts } from '../model/iso-date';
import { MonitoringTable } from '../model/monitoring';

/**
 * Departments keep one workbook per monitoring and paste each new export as a sheet of its own:
 * «Сферум 06.03», «Сферум 20.03». Sheets of one book whose names differ only by the date are
 * rounds of the same monitoring: the latest one (on or before the monitoring date) is checked,
 * the one before it is the previous round («повторно», the comparison), older ones feed the trend.
 */
export interface Round {
  asOf: IsoDate;
  tables: MonitoringTable[];
}

export interface MonitoringSeries {
  /** What the sheets are called without their dates («Сферум»), for «Динамика». */
  label: string;
  /** Oldest first; the last one is the round being checked. */
  rounds: Round[];
}

export interface RoundSplit {
  /** The tables the check evaluates: every table that is not an earlier or later round. */
  current: MonitoringTable[];
  /** The round before the current one, per monitoring that has rounds. */
  previous: Round[];
  /** Monitorings with two rounds or more, up to the current round. */
  series: MonitoringSeries[];
  diagnostics: Diagnostic[];
}

// A date inside a sheet name, with or without the year: «06.03», «06.03.2025», «2025-03-06», «от 06.03».
const DATE_IN_NAME = /(?:(?:^|\s)(?:от|на)\s*)?(?<!\d)(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?(?![\d])|(\d{4})-(\d{2})-(\d{2})/g;

/** The sheet name without its date and the punctuation around it: «Сферум (06.03)» → «Сферум»; «06.03» → «». */
function withoutDate(sheet: string): string {
  return sheet
    .replace(DATE_IN_NAME, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s_.,;:()-]+$/g, '')
    .replace(/^[\s_.,;:()-]+/g, '');
}

/** «Сферум 20.03» → «сферум»: the monitoring a sheet belongs to. */
export function sheetStem(sheet: string): string {
  return foldText(withoutDate(sheet));
}

/** «Сферум 20.03» → «Сферум»: the monitoring's name as the user wrote it, for messages and «Динамика». */
export function sheetLabel(sheet: string): string {
  return withoutDate(sheet) || sheet;
}

/**
 * The round date of a table: the date the ingestion read (a title, a full date in the sheet
 * name), else a day and month in the sheet name, in the year of `yearOf` (the other rounds, or
 * the check's date) and never after `latest`.
 */
export function roundDate(table: MonitoringTable, yearOf: number, latest: IsoDate): IsoDate | null {
  if (table.asOf) return table.asOf;
  for (const m of table.sheet.matchAll(DATE_IN_NAME)) {
    if (m[1] === undefined || m[3] !== undefined) continue;
    const day = Number(m[1]);
    const month = Number(m[2]);
    for (const year of [yearOf, yearOf - 1]) {
      const date = isoDate(year, month, day);
      if (isIsoDate(date) && date <= latest) return date;
    }
  }
  return null;
}

/** Splits the tables into the round being checked, the previous round and the history. */
export function splitRounds(tables: readonly MonitoringTable[], asOf: IsoDate, explicitAsOf: boolean): RoundSplit {
  const groups = new Map<string, MonitoringTable[]>();
  for (const table of tables) {
    const stem = sheetStem(table.sheet);
    // A sheet named by its date alone («06.03») is a round of the tables with the same columns.
    const key = `${table.book}|${stem || `#${[...table.measures].sort().join(',')}`}`;
    const group = groups.get(key);
    if (group) group.push(table);
    else groups.set(key, [table]);
  }
  const known = tables.map((t) => t.asOf).filter((d): d is IsoDate => d !== null);
  const yearOf = isoParts(known.length ? known.reduce((a, b) => (b > a ? b : a)) : asOf).year;

  const split: RoundSplit = { current: [], previous: [], series: [], diagnostics: [] };
  for (const group of groups.values()) {
    const dated = group.map((table) => ({ table, date: roundDate(table, yearOf, asOf) ?? roundDate(table, yearOf, '9999-12-31') }));
    const dates = [...new Set(dated.map((d) => d.date))];
    // One sheet, or sheets that cannot be put in order: checked as they are, as before rounds existed.
    if (dates.length < 2 || dates.includes(null)) {
      split.current.push(...group);
      continue;
    }
    const rounds: Round[] = (dates as IsoDate[])
      .sort()
      .map((date) => ({ asOf: date, tables: dated.filter((d) => d.date === date).map((d) => d.table) }));
    const onOrBefore = rounds.filter((r) => r.asOf <= asOf);
    const current = onOrBefore[onOrBefore.length - 1] ?? rounds[0]!;
    const at = rounds.indexOf(current);
    split.current.push(...current.tables);
    const label = sheetLabel(current.tables[0]!.sheet);
    const sheets = (r: Round): string => r.tables.map((t) => `«${t.sheet}»`).join(', ');
    const previous = rounds[at - 1];
    if (previous) split.previous.push(previous);
    split.series.push({ label, rounds: rounds.slice(0, at + 1) });
    split.diagnostics.push(
      diagnostic(
        'rounds.found',
        'info',
        `Мониторинг «${label}»: проверен лист ${sheets(current)} (${formatRuDate(current.asOf)})` +
          (previous ? `; предыдущий раунд — ${sheets(previous)} (${formatRuDate(previous.asOf)}), с ним сравниваются результаты` : '') +
          (at > 1 ? `; более ранние листы (${at - 1}) показаны на листе «Динамика»` : '') +
          '.',
        { sheet: current.tables[0]!.sheet },
      ),
    );
    const later = rounds.slice(at + 1);
    if (later.length > 0) {
      split.diagnostics.push(
        diagnostic(
          'rounds.later-ignored',
          'info',
          `Листы ${later.map(sheets).join(', ')} новее даты мониторинга ${formatRuDate(asOf)}${explicitAsOf ? ', указанной при запуске' : ''}: они не проверялись.`,
          { sheet: later[0]!.tables[0]!.sheet },
        ),
      );
    }
  }
  // Keep the workbook's order of sheets: the plan and the report list them as the user sees them.
  const order = new Map(tables.map((t, i) => [t, i]));
  split.current.sort((a, b) => order.get(a)! - order.get(b)!);
  return split;
}
