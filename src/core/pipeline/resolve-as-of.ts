import { IsoDate } from '../model/iso-date';
import { AsOfSource } from './check-result';

/**
 * The monitoring date of a check: an explicit date wins (the user knows
 * better), then the latest date the workbooks name in a title or a sheet
 * name, then today.
 */
export function resolveAsOf(explicit: IsoDate | null, found: (IsoDate | null)[], today: IsoDate): { asOf: IsoDate; source: AsOfSource } {
  if (explicit) return { asOf: explicit, source: 'argument' };
  const dates = found.filter((d): d is IsoDate => d !== null).sort();
  if (dates.length > 0) return { asOf: dates[dates.length - 1], source: 'workbook' };
  return { asOf: today, source: 'today' };
}
