import { IsoDate, isoDate } from '../core/model/iso-date';

/** The user's calendar date, read once per action by the host (the core never reads the clock). */
export function todayIso(): IsoDate {
  const now = new Date();
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
