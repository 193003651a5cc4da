import { IsoDate, excelSerialToIso, formatRuDate, isIsoDate, isoDate } from '../model/iso-date';

/**
 * Dates as a person types them into the rules sheet: «07.02.2025» (the way Russian documents
 * write them), «2025-02-07», or an Excel serial when Excel has turned the typed text into a date.
 */
const RU_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Serials of 01.01.1990 … 31.12.2099: anything else is not a plausible date for a roadmap. */
const SERIAL_MIN = 32874;
const SERIAL_MAX = 73415;

export type DateReading = { ok: true; date: IsoDate } | { ok: false; reason: 'not_a_date' | 'no_such_day' };

export function readRuDate(value: string | number): DateReading {
  if (typeof value === 'number') {
    return value >= SERIAL_MIN && value <= SERIAL_MAX ? { ok: true, date: excelSerialToIso(value) } : { ok: false, reason: 'not_a_date' };
  }
  const text = value.trim();
  const ru = RU_DATE.exec(text);
  if (ru) {
    const date = isoDate(Number(ru[3]), Number(ru[2]), Number(ru[1]));
    return isIsoDate(date) ? { ok: true, date } : { ok: false, reason: 'no_such_day' };
  }
  if (ISO_DATE.test(text)) return isIsoDate(text) ? { ok: true, date: text } : { ok: false, reason: 'no_such_day' };
  return { ok: false, reason: 'not_a_date' };
}

/** The Russian phrase for a date that could not be read, to follow «срок «…» —». */
export function dateProblem(reason: 'not_a_date' | 'no_such_day'): string {
  return reason === 'no_such_day' ? 'такого дня нет в календаре' : 'не дата: пишите ДД.ММ.ГГГГ, например 07.02.2025';
}

export { formatRuDate };
