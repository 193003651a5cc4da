import { ControlEvent } from '../evaluate/evaluation';
import { FindingStatus } from '../model/finding';
import { Tone } from './workbook-plan';

/** How each status reads in sheets and messages; the same words the letters use. */
export const STATUS_RU: Record<FindingStatus, string> = {
  met: 'выполнено',
  not_met: 'не выполнено',
  no_data: 'нет данных',
  late: 'с опозданием',
  missing: 'не представлено',
  not_due: 'срок не наступил',
  data_error: 'ошибка в данных',
};

/**
 * Red for what the school failed to do, amber for what cannot be judged yet
 * (no data, impossible data), green for met; not_due is neither good nor bad.
 */
export const STATUS_TONE: Record<FindingStatus, Tone> = {
  met: 'good',
  not_met: 'bad',
  missing: 'bad',
  late: 'bad',
  no_data: 'warn',
  data_error: 'warn',
  not_due: 'neutral',
};

export const CALENDAR_STATE_RU: Record<ControlEvent['state'], string> = {
  done: 'выполнен',
  overdue: 'просрочен',
  due: 'сейчас',
  upcoming: 'предстоит',
};

export const CALENDAR_STATE_TONE: Record<ControlEvent['state'], Tone> = {
  done: 'good',
  overdue: 'bad',
  due: 'warn',
  upcoming: 'neutral',
};

/** When one cell carries several findings, the worst tone wins. */
const TONE_RANK: Record<Tone, number> = { bad: 3, warn: 2, good: 1, neutral: 0 };

export function worseTone(a: Tone, b: Tone): Tone {
  return TONE_RANK[b] > TONE_RANK[a] ? b : a;
}
