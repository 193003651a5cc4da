import { Finding, STATUSES_NEEDING_EXPLANATION } from '../model/finding';
import { a1, columnLetters } from '../model/grid';
import { School } from '../model/registry';
import { Roadmap } from '../roadmap/schema';
import { BookScope } from './book-scope';
import { header, text } from './cells';
import { findingValueCell } from './display-value';
import { STATUS_RU, STATUS_TONE } from './status-words';
import { PlannedCell } from './workbook-plan';

interface GridColumn {
  indicatorId: string;
  item: string;
  title: string;
  unit: string | null;
}

export interface SummaryGrid {
  rows: PlannedCell[][];
  /** 0-based column indexes (within the grid) that hold shares: data bars go there. */
  shareColumns: number[];
  /** 0-based column of the change since the previous round (arrows go there), when there was one. */
  changeColumn: number | null;
  widths: number[];
}

/**
 * The school × indicator block of «Сводка»: one row per school, one column per
 * indicator the check covered (in roadmap order), the value coloured by its
 * status; a shortfall is linked to its source cell when that cell is in this book.
 */
export function summaryGrid(findings: Finding[], schools: School[], roadmap: Roadmap, scope: BookScope): SummaryGrid {
  const columns = gridColumns(findings, roadmap);
  const columnIndex = new Map(columns.map((c, i) => [c.indicatorId, i]));
  const bySchool = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySchool.get(f.schoolId) ?? [];
    list.push(f);
    bySchool.set(f.schoolId, list);
  }

  // With a previous round, a column of how many indicators improved minus how many worsened.
  const compared = findings.some((f) => f.comparison !== null);
  const fixed = compared ? 4 : 3;
  const head: PlannedCell[] = [header('Образовательная организация'), header('ИНН'), header('Требуют объяснений')];
  if (compared) head.push(header('Изменение с прошлого раунда (лучше − хуже)'));
  for (const c of columns) head.push(header(`п. ${c.item} ${c.title}`));
  const rows: PlannedCell[][] = [head];

  for (const school of schools) {
    const own = bySchool.get(school.id);
    if (!own) continue;
    const needing = own.filter((f) => STATUSES_NEEDING_EXPLANATION.includes(f.status)).length;
    const row: PlannedCell[] = [text(school.name), text(school.inn), { v: needing, numFmt: '0', tone: needing > 0 ? 'bad' : 'good' }];
    if (compared) row.push({ v: changeSince(own), numFmt: '+0;-0;0' });
    for (let i = 0; i < columns.length; i++) row.push({ v: null });
    for (const f of own) {
      const i = columnIndex.get(f.indicatorId);
      if (i === undefined) continue;
      row[fixed + i] = gridCell(f, scope);
    }
    rows.push(row);
  }

  const shareColumns = columns.flatMap((c, i) => (c.unit === '%' ? [fixed + i] : []));
  const widths = [42, 13, 12, ...(compared ? [14] : []), ...columns.map(() => 16)];
  return { rows, shareColumns, changeColumn: compared ? 3 : null, widths };
}

/** Indicators that got better minus those that got worse since the previous round. */
function changeSince(findings: readonly Finding[]): number {
  let change = 0;
  for (const f of findings) {
    if (f.comparison === 'improved') change++;
    else if (f.comparison === 'worsened') change--;
  }
  return change;
}

function gridCell(f: Finding, scope: BookScope): PlannedCell {
  const value = findingValueCell(f);
  // A cell with no value still says why (нет данных, не представлено).
  const cell: PlannedCell = value.v === null ? { v: STATUS_RU[f.status] } : value;
  cell.tone = STATUS_TONE[f.status];
  // Links lead to what needs attention; a region's «Сводка» has 100,000 cells and a link
  // per met cell would cost the checked file a formula each for no use.
  const needsLook = STATUSES_NEEDING_EXPLANATION.includes(f.status);
  if (needsLook && f.sheet && f.cell && scope.has(f.sheet, f.cell)) cell.link = { sheet: f.sheet, cell: f.cell };
  return cell;
}

function gridColumns(findings: Finding[], roadmap: Roadmap): GridColumn[] {
  const seen = new Map<string, GridColumn>();
  for (const f of findings) {
    if (!seen.has(f.indicatorId)) seen.set(f.indicatorId, { indicatorId: f.indicatorId, item: f.item, title: f.indicator, unit: f.unit });
  }
  const order = new Map<string, number>();
  roadmap.items.forEach((item) => item.indicators.forEach((ind) => order.set(ind.id, order.size)));
  return [...seen.values()].sort((a, b) => (order.get(a.indicatorId) ?? 1e9) - (order.get(b.indicatorId) ?? 1e9));
}

/** "D4:D28" for a grid column placed at sheet row `top` (1-based) and column `col` (0-based). */
export function columnRange(col: number, top: number, bottom: number): string {
  return `${a1(top, col + 1)}:${columnLetters(col + 1)}${bottom}`;
}
