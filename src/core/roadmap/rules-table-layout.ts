import { CellValue } from '../model/grid';

/**
 * The sheet «Правила»: one row per indicator, item columns repeated on each of its rows,
 * one row for an item without indicators. Columns are found by their headers, so a user may
 * move them or add their own; the order below is how `roadmapToTable` writes them.
 */
export const RULES_SHEET = 'Правила';

export type RulesColumn =
  | 'item'
  | 'itemTitle'
  | 'indicatorId'
  | 'indicatorTitle'
  | 'scope'
  | 'kind'
  | 'measures'
  | 'percentMeasure'
  | 'threshold'
  | 'flagshipThreshold'
  | 'unit'
  | 'deadline'
  | 'dueFrom'
  | 'schedule'
  | 'footnote'
  | 'monitored';

export const RULES_COLUMNS: readonly { key: RulesColumn; header: string }[] = [
  { key: 'item', header: 'Пункт' },
  { key: 'itemTitle', header: 'Мероприятие' },
  { key: 'indicatorId', header: 'Код показателя' },
  { key: 'indicatorTitle', header: 'Показатель' },
  { key: 'scope', header: 'Уровень' },
  { key: 'kind', header: 'Вид правила' },
  { key: 'measures', header: 'Данные' },
  { key: 'percentMeasure', header: 'Готовая доля, %' },
  { key: 'threshold', header: 'Порог' },
  { key: 'flagshipThreshold', header: 'Порог для флагманских' },
  { key: 'unit', header: 'Ед. изм.' },
  { key: 'deadline', header: 'Срок отчёта' },
  { key: 'dueFrom', header: 'Действует с' },
  { key: 'schedule', header: 'Контроль' },
  { key: 'footnote', header: 'Сноска «*»' },
  { key: 'monitored', header: 'Контролируется' },
];

/** A sheet-shaped table: the header row first, as an adapter reads or writes a sheet from A1. */
export type RulesTable = CellValue[][];

export const SCOPE_NAMES = { school: 'школа', municipal: 'муниципалитет' } as const;
export const YES = 'да';
export const NO = 'нет';

export function foldHeader(text: CellValue): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}
