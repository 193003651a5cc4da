import { Evaluation } from '../evaluate/evaluation';
import { AggregateFinding, FINDING_STATUSES } from '../model/finding';
import { formatRuDate } from '../model/iso-date';
import { School } from '../model/registry';
import { Roadmap } from '../roadmap/schema';
import { BookScope } from './book-scope';
import { header, text } from './cells';
import { displayCell } from './display-value';
import { STATUS_RU, STATUS_TONE } from './status-words';
import { statusCounts } from './status-counts';
import { columnRange, summaryGrid } from './summary-grid';
import { OWN_SHEETS, PlannedCell, PlannedChart, PlannedSheet, Tone } from './workbook-plan';
import { columnLetters } from '../model/grid';
import { ITEM_STATUS_GROUPS, itemStatusBlock } from './item-status-block';

const LEGEND: { tone: Tone; words: string }[] = [
  { tone: 'bad', words: 'не выполнено, не представлено, с опозданием' },
  { tone: 'warn', words: 'нет данных, ошибка в данных' },
  { tone: 'good', words: 'выполнено' },
  { tone: 'neutral', words: 'срок не наступил' },
];

/**
 * «Сводка»: a title, the colour legend, the school × indicator grid (its
 * header frozen), then municipal totals against targets and counts per status.
 */
export function summarySheet(evaluation: Evaluation, schools: School[], roadmap: Roadmap, scope: BookScope): PlannedSheet {
  const title = `Сводка: ${roadmap.title} — по состоянию на ${formatRuDate(evaluation.asOf)}`;
  const legend: PlannedCell[] = [text('Цвета:', { bold: true }), ...LEGEND.map((l) => text(l.words, { tone: l.tone, wrap: true }))];
  const grid = summaryGrid(evaluation.findings, schools, roadmap, scope);
  const gridTop = 3; // sheet row of the grid header
  const rows: PlannedCell[][] = [[text(title, { bold: true })], legend, ...grid.rows];
  const gridBottom = gridTop + grid.rows.length - 1;
  const dataBars = gridBottom > gridTop ? grid.shareColumns.map((c) => columnRange(c, gridTop + 1, gridBottom)) : [];
  const iconSets = gridBottom > gridTop && grid.changeColumn !== null ? [columnRange(grid.changeColumn, gridTop + 1, gridBottom)] : [];

  rows.push([]);
  const aggregatesTop = rows.length + 1;
  rows.push(...aggregateBlock(evaluation.aggregates));
  const percentAggregates = evaluation.aggregates.filter((a) => a.unit === '%');
  if (percentAggregates.length === evaluation.aggregates.length && evaluation.aggregates.length > 0) {
    dataBars.push(columnRange(2, aggregatesTop + 2, aggregatesTop + 1 + evaluation.aggregates.length));
  }

  rows.push([]);
  rows.push(...countsBlock(evaluation));

  rows.push([]);
  const byItemTop = rows.length + 2; // sheet row of the block's header
  const byItem = itemStatusBlock(evaluation.findings);
  rows.push(...byItem);
  const charts: PlannedChart[] =
    byItem.length > 2
      ? [
          {
            kind: 'stackedColumns',
            title: 'Результаты школ по пунктам дорожной карты',
            source: `A${byItemTop}:${columnLetters(ITEM_STATUS_GROUPS.length + 1)}${byItemTop + byItem.length - 2}`,
            place: `H${byItemTop}:P${byItemTop + 18}`,
          },
        ]
      : [];

  return {
    name: OWN_SHEETS.summary,
    rows,
    columnWidths: grid.widths,
    freezeRows: gridTop,
    merges: [],
    dataBars,
    iconSets,
    charts,
    tabColor: '4472C4',
  };
}

function aggregateBlock(aggregates: AggregateFinding[]): PlannedCell[][] {
  const rows: PlannedCell[][] = [[text('Итоги по муниципалитету (сумма по всем ОО)', { bold: true })]];
  rows.push(['Показатель', 'Пункт', 'Значение', 'Цель', 'Статус', 'Числитель', 'Знаменатель', 'ОО учтено'].map(header));
  if (aggregates.length === 0) rows.push([text('Муниципальных показателей в этой проверке нет')]);
  for (const a of aggregates) {
    rows.push([
      text(a.indicator, { wrap: true }),
      text(a.item),
      { ...displayCell(a.value, a.unit), tone: STATUS_TONE[a.status] },
      displayCell(a.target, a.unit),
      text(STATUS_RU[a.status], { tone: STATUS_TONE[a.status] }),
      { v: a.numerator, numFmt: '0' },
      { v: a.denominator, numFmt: '0' },
      { v: a.schoolsCounted, numFmt: '0' },
    ]);
  }
  return rows;
}

function countsBlock(evaluation: Evaluation): PlannedCell[][] {
  const counts = statusCounts(evaluation.findings);
  const rows: PlannedCell[][] = [[text('Количество результатов по статусам', { bold: true })]];
  rows.push([header('Статус'), header('Количество')]);
  for (const status of FINDING_STATUSES) {
    rows.push([text(STATUS_RU[status], { tone: STATUS_TONE[status] }), { v: counts[status], numFmt: '0' }]);
  }
  return rows;
}
