import { CellValue } from '../model/grid';
import { IsoDate } from '../model/iso-date';
import { dateProblem, readRuDate } from './ru-dates';

/**
 * Reading single cells of the rules sheet as a person fills them in Excel: numbers typed as
 * «90», «90 %», «0,5»; yes/no as «да», «+», 1; dates as «07.02.2025» or Excel date serials.
 * A reader returns the value or a Russian phrase saying what is wrong with the cell.
 */
export type CellReading<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const bad = <T>(problem: string): CellReading<T> => ({ ok: false, problem });

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  return String(value)
    .replace(/\u00a0/g, ' ')
    .trim();
}

export function isBlank(value: CellValue): boolean {
  return cellText(value) === '';
}

/** `what` names the cell in the message: «порог «девяносто» — не число». */
export function readNumber(value: CellValue, what: string): CellReading<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : bad(`${what} — не число`);
  const text = cellText(value);
  const compact = text.replace(/\s/g, '').replace(/%$/, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(compact) ? ok(Number(compact)) : bad(`${what} «${text}» — не число`);
}

const YES_WORDS = new Set(['да', '+', '1', 'true', 'истина', 'yes', 'д']);
const NO_WORDS = new Set(['нет', '-', '–', '0', 'false', 'ложь', 'no', 'н']);

export function readYesNo(value: CellValue, what: string): CellReading<boolean> {
  const text = cellText(value).toLowerCase();
  if (YES_WORDS.has(text)) return ok(true);
  if (NO_WORDS.has(text)) return ok(false);
  return bad(`${what} «${cellText(value)}» — пишите «да» или «нет»`);
}

export function readDate(value: CellValue, what: string): CellReading<IsoDate> {
  if (typeof value === 'boolean' || value === null) return bad(`${what} — не дата`);
  const reading = readRuDate(value);
  return reading.ok ? ok(reading.date) : bad(`${what} «${cellText(value)}» — ${dateProblem(reading.reason)}`);
}
