import { RuleKind } from './schema';

/**
 * The Russian names of rule kinds in the «Вид правила» column. Reading also accepts the code
 * itself (share_at_least) and a few natural variants, compared without case and ё.
 */
export const RULE_KIND_NAMES: Record<RuleKind, string> = {
  share_at_least: 'доля не менее',
  count_zero: 'ни одного',
  count_at_least: 'количество не менее',
  counts_equal: 'количества совпадают',
  value_at_least: 'значение не менее',
  report_by: 'отчёт к сроку',
  complete: 'заполнено полностью',
};

const VARIANTS: Record<string, RuleKind> = {
  доля: 'share_at_least',
  'доля не ниже': 'share_at_least',
  ноль: 'count_zero',
  'нет ни одного': 'count_zero',
  отсутствие: 'count_zero',
  количество: 'count_at_least',
  'не менее': 'count_at_least',
  'совпадение количеств': 'counts_equal',
  равенство: 'counts_equal',
  значение: 'value_at_least',
  отчет: 'report_by',
  'отчет в срок': 'report_by',
  заполнено: 'complete',
  заполненность: 'complete',
};

const fold = (text: string): string => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

const BY_TEXT = new Map<string, RuleKind>([
  ...Object.entries(RULE_KIND_NAMES).map(([kind, name]) => [fold(name), kind as RuleKind] as const),
  ...Object.keys(RULE_KIND_NAMES).map((kind) => [kind, kind as RuleKind] as const),
  ...Object.entries(VARIANTS),
]);

export function readRuleKind(text: string): RuleKind | null {
  return BY_TEXT.get(fold(text)) ?? null;
}

export const RULE_KIND_LIST = Object.values(RULE_KIND_NAMES)
  .map((name) => `«${name}»`)
  .join(', ');
