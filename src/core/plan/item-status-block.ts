import { Finding, FindingStatus } from '../model/finding';
import { header, text } from './cells';
import { compareItems } from './violations-sheet';
import { PlannedCell } from './workbook-plan';

/** The columns of the per-item picture: what a specialist tells apart at a glance. */
export const ITEM_STATUS_GROUPS: readonly { title: string; statuses: readonly FindingStatus[] }[] = [
  { title: 'выполнено', statuses: ['met'] },
  { title: 'не выполнено', statuses: ['not_met'] },
  { title: 'нет данных', statuses: ['no_data'] },
  { title: 'не в срок', statuses: ['late', 'missing'] },
  { title: 'ошибка в данных', statuses: ['data_error'] },
];

export interface ItemStatusCounts {
  item: string;
  /** Per group of ITEM_STATUS_GROUPS, in its order. */
  counts: number[];
}

/** School results per roadmap item (every indicator of the item), in item order; «срок не наступил» left out. */
export function itemStatusCounts(findings: readonly Finding[]): ItemStatusCounts[] {
  const groupOf = new Map<FindingStatus, number>();
  ITEM_STATUS_GROUPS.forEach((g, i) => g.statuses.forEach((s) => groupOf.set(s, i)));
  const byItem = new Map<string, number[]>();
  for (const f of findings) {
    const group = groupOf.get(f.status);
    if (group === undefined) continue;
    let counts = byItem.get(f.item);
    if (!counts) byItem.set(f.item, (counts = ITEM_STATUS_GROUPS.map(() => 0)));
    counts[group]!++;
  }
  return [...byItem.entries()].sort(([a], [b]) => compareItems(a, b)).map(([item, counts]) => ({ item, counts }));
}

/** «Результаты по пунктам»: a title, the header, a row per item; the chart beside it is drawn from it. */
export function itemStatusBlock(findings: readonly Finding[]): PlannedCell[][] {
  const rows: PlannedCell[][] = [[text('Результаты по пунктам (школы × показатели)', { bold: true })]];
  rows.push([header('Пункт'), ...ITEM_STATUS_GROUPS.map((g) => header(g.title))]);
  for (const { item, counts } of itemStatusCounts(findings)) {
    rows.push([text(`п. ${item}`), ...counts.map((n) => ({ v: n, numFmt: '0' }))]);
  }
  return rows;
}
