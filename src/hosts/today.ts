import { formatISO } from 'date-fns/formatISO';
import { IsoDate } from '../core/model/iso-date';

/**
 * The only clock read of every host (command line, ribbon, pane): the user's
 * local calendar date, read once per action. The core never reads the clock.
 */
export function todayLocal(now: Date = new Date()): IsoDate {
  return formatISO(now, { representation: 'date' });
}
