import { FindingStatus } from '../../core/model/finding';

/** A status as the pane names it, and its colour class. */
export const STATUS_WORDS: Record<FindingStatus, { word: string; tone: 'good' | 'bad' | 'warn' | 'neutral' }> = {
  met: { word: 'выполнено', tone: 'good' },
  not_met: { word: 'не выполнено', tone: 'bad' },
  no_data: { word: 'нет данных', tone: 'bad' },
  late: { word: 'с опозданием', tone: 'warn' },
  missing: { word: 'не представлено', tone: 'bad' },
  not_due: { word: 'срок не наступил', tone: 'neutral' },
  data_error: { word: 'ошибка в данных', tone: 'warn' },
};

export const BAR_WORDS = { met: 'выполнено', not_met: 'не выполнено', no_data: 'нет данных', late: 'с опозданием' } as const;
