import { formatRuDate } from '../model/iso-date';
import { RoundEvaluation } from '../evaluate/evaluation';
import { Roadmap } from '../roadmap/schema';
import { header, text } from './cells';
import { displayCell } from './display-value';
import { columnRange } from './summary-grid';
import { OWN_SHEETS, PlannedCell, PlannedChart, PlannedSheet } from './workbook-plan';

const HEADERS = [
  'Мониторинг',
  'Пункт',
  'Показатель',
  'Дата',
  'ОО выполнили',
  'ОО с результатом',
  'Доля ОО, выполнивших показатель',
  'Изменение доли ОО, п. п.',
  'Значение по муниципалитету',
  'Цель',
];
const WIDTHS = [16, 7, 50, 12, 12, 12, 16, 14, 16, 10];

/** One row of the trend: an indicator of one monitoring in one round. */
export interface TrendRow {
  series: string;
  item: string;
  indicatorId: string;
  indicator: string;
  asOf: string;
  met: number;
  judged: number;
  /** Share of the judged schools that meet the indicator, in percent. */
  metShare: number | null;
  /** Change of `metShare` since the round before, in percentage points. */
  change: number | null;
  /** The municipal value (sum over schools) and its target, where the indicator has one. */
  municipal: number | null;
  target: number | string | null;
  unit: string | null;
}

/** Judged = a result the school is accountable for: everything but «срок не наступил». */
export function trendRows(rounds: readonly RoundEvaluation[], roadmap: Roadmap): TrendRow[] {
  const order = new Map<string, number>();
  roadmap.items.forEach((item) => item.indicators.forEach((ind) => order.set(ind.id, order.size)));
  const rows: TrendRow[] = [];
  const last = new Map<string, number | null>();
  for (const round of rounds) {
    const byIndicator = new Map<
      string,
      { item: string; indicator: string; met: number; judged: number; target: number | string | null; unit: string | null }
    >();
    for (const f of round.evaluation.findings) {
      if (f.status === 'not_due') continue;
      const entry = byIndicator.get(f.indicatorId) ?? {
        item: f.item,
        indicator: f.indicator,
        met: 0,
        judged: 0,
        target: f.target,
        unit: f.unit,
      };
      entry.judged++;
      if (f.status === 'met') entry.met++;
      byIndicator.set(f.indicatorId, entry);
    }
    const aggregates = new Map(round.evaluation.aggregates.map((a) => [a.indicatorId, a]));
    const ids = [...byIndicator.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
    for (const id of ids) {
      const e = byIndicator.get(id)!;
      const metShare = e.judged > 0 ? Math.round((e.met / e.judged) * 1000) / 10 : null;
      const key = `${round.series}|${id}`;
      const before = last.get(key);
      last.set(key, metShare);
      const aggregate = aggregates.get(id);
      rows.push({
        series: round.series,
        item: e.item,
        indicatorId: id,
        indicator: e.indicator,
        asOf: round.asOf,
        met: e.met,
        judged: e.judged,
        metShare,
        change: before === undefined || before === null || metShare === null ? null : Math.round((metShare - before) * 10) / 10,
        municipal: aggregate?.value ?? null,
        target: aggregate?.target ?? e.target,
        unit: aggregate?.unit ?? e.unit,
      });
    }
  }
  // Indicator by indicator, rounds in date order: a reader follows one line down.
  const position = new Map(rows.map((r, i) => [r, i]));
  return rows.sort(
    (a, b) =>
      a.series.localeCompare(b.series) ||
      (order.get(a.indicatorId) ?? 1e9) - (order.get(b.indicatorId) ?? 1e9) ||
      position.get(a)! - position.get(b)!,
  );
}

/**
 * «Динамика»: per monitoring with several rounds in the books, per indicator, the share of
 * schools that meet it and the municipal value in each round, with the change since the round
 * before (arrows). Null when the books hold a single round: there is no trend to show.
 */
export function dynamicsSheet(rounds: readonly RoundEvaluation[], roadmap: Roadmap): PlannedSheet | null {
  if (rounds.length < 2) return null;
  const trend = trendRows(rounds, roadmap);
  const dates = [...new Set(rounds.map((r) => r.asOf))].sort();
  const title = `Динамика по раундам мониторинга: ${formatRuDate(dates[0]!)} — ${formatRuDate(dates[dates.length - 1]!)}`;
  const rows: PlannedCell[][] = [[text(title, { bold: true })], HEADERS.map(header)];
  for (const r of trend) {
    rows.push([
      text(r.series),
      text(r.item),
      text(r.indicator, { wrap: true }),
      displayCell(r.asOf, null),
      { v: r.met, numFmt: '0' },
      { v: r.judged, numFmt: '0' },
      displayCell(r.metShare, '%'),
      r.change === null ? { v: null } : { v: r.change, numFmt: '+0.0;-0.0;0' },
      displayCell(r.municipal, r.unit),
      displayCell(r.target, r.unit),
    ]);
  }
  const top = 3;
  const bottom = top + trend.length - 1;
  const charts: PlannedChart[] = [];
  for (const [indicator, line] of municipalLines(trend)) {
    rows.push([]);
    const blockTop = rows.length + 1;
    rows.push([text(`${line[0]!.series}: ${indicator}`, { bold: true })]);
    rows.push([header('Дата'), header('Значение по муниципалитету'), header('Цель')]);
    for (const r of line) rows.push([displayCell(r.asOf, null), displayCell(r.municipal, r.unit), displayCell(r.target, r.unit)]);
    charts.push({
      kind: 'lines',
      title: indicator,
      source: `A${blockTop + 1}:C${blockTop + 1 + line.length}`,
      place: `E${blockTop}:K${blockTop + 14}`,
    });
    // Room for the chart before the next block.
    const drawn = rows.length - blockTop + 1;
    for (let i = drawn; i < 16; i++) rows.push([]);
  }
  return {
    name: OWN_SHEETS.dynamics,
    rows,
    columnWidths: WIDTHS,
    freezeRows: 2,
    merges: [],
    dataBars: trend.length > 0 ? [columnRange(6, top, bottom)] : [],
    iconSets: trend.length > 0 ? [columnRange(7, top, bottom)] : [],
    charts,
    tabColor: '548235',
  };
}

/** Charts of the municipal value against its target: at most this many, the first in roadmap order. */
const MAX_CHARTS = 8;

/** Per indicator with a municipal value in at least two rounds, its rows in date order. */
function municipalLines(trend: readonly TrendRow[]): [string, TrendRow[]][] {
  const lines = new Map<string, TrendRow[]>();
  for (const r of trend) {
    if (r.municipal === null) continue;
    const key = `${r.series}|${r.indicator}`;
    const line = lines.get(key);
    if (line) line.push(r);
    else lines.set(key, [r]);
  }
  return [...lines.values()]
    .filter((line) => line.length >= 2)
    .slice(0, MAX_CHARTS)
    .map((line) => [`п. ${line[0]!.item} ${line[0]!.indicator}`, line]);
}
