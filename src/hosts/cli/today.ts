import { IsoDate, isoDate } from '../../core/model/iso-date';

/** The only place the command line reads the clock: the user's local calendar date. */
export function todayLocal(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
