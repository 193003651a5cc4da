import type { Month } from 'date-fns/types';
import { ru } from 'date-fns/locale/ru';
import { IsoDate, formatRuDate, isoParts } from '../model/iso-date';

/** No-break space: keeps «М.П.» with «Ивановой» and «85,7» with «%» on one line. */
export const NBSP = '\u00A0';

/**
 * «22 ноября 2026 г.» — the ГОСТ verbal-numeric form, never «"22" ноября»: the month in the
 * genitive as date-fns's Russian locale words it in a date («formatting», not «standalone»).
 * Its locale data alone, not `format`: the command line starts without date-fns's formatter.
 */
export function formatLongRuDate(date: IsoDate): string {
  const { year, month, day } = isoParts(date);
  return `${day}${NBSP}${GENITIVE_MONTHS[month - 1]} ${year}${NBSP}г.`;
}

const GENITIVE_MONTHS = Array.from({ length: 12 }, (_, i) => ru.localize.month(i as Month, { width: 'wide', context: 'formatting' }));

export type DateStyle = 'numeric' | 'long';

export function formatLetterDate(date: IsoDate, style: DateStyle): string {
  return style === 'long' ? formatLongRuDate(date) : formatRuDate(date);
}

/** 85.7 → «85,7», 1234 → «1 234»: Russian decimal comma and thin grouping, at most one decimal. */
export function formatRuNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  const [whole, fraction] = Math.abs(rounded).toFixed(1).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : whole;
  const sign = rounded < 0 ? '−' : '';
  return fraction === '0' ? `${sign}${grouped}` : `${sign}${grouped},${fraction}`;
}

/** A value with its unit as a letter prints it: «85,7 %», «18 Мбит/с», «12». */
export function formatQuantity(value: number, unit: string | null): string {
  return unit ? `${formatRuNumber(value)}${NBSP}${unit}` : formatRuNumber(value);
}

/** Abbreviations that stay with the next word: «п. 2.5», «им. А.С. Пушкина», «с. Ивановка», «ул. Советская». */
const SHORT_WORDS = /(^|[\s(«"])(п|пп|ст|ч|г|д|с|х|ул|им|пос|пгт|рп|р|т|тел|кв|корп|стр)\. (?=\S)/g;
/** Initials before a surname: «А.С. Пушкина», «А. С. Пушкина». */
const INITIALS = /(^|[^А-ЯЁа-яё])([А-ЯЁ]\.)( ?)([А-ЯЁ]\.) (?=[А-ЯЁ][а-яё])/g;

/**
 * Puts no-break spaces where a line must not break, without changing anything else the user
 * wrote: after «№», after short abbreviations, inside and after initials.
 */
export function bindShortWords(text: string): string {
  return text
    .replace(/№ (?=\S)/g, `№${NBSP}`)
    .replace(SHORT_WORDS, (_, before: string, word: string) => `${before}${word}.${NBSP}`)
    .replace(INITIALS, (_, before: string, a: string, gap: string, b: string) => `${before}${a}${gap ? NBSP : ''}${b}${NBSP}`);
}
