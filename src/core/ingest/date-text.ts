import { ru } from 'date-fns/locale/ru';
import { IsoDate, isIsoDate, isoDate } from '../model/iso-date';

/**
 * Dates as people type them into monitoring workbooks: `13.02.2025`,
 * `13.02.25`, `3/3/2025`, `2025-02-13`, «3 марта 2025 г.». Patterns are
 * compiled once here; callers on hot paths only run them.
 */
const MONTH_WORD = '(январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])';

const NUMERIC_WHOLE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:\s*г\.?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO_WHOLE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?$/;
const WORDS_WHOLE = new RegExp(`^(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4})(?:\\s*(?:г\\.?|года))?$`, 'i');

const NUMERIC_ANYWHERE = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)/g;
const WORDS_ANYWHERE = new RegExp(`(?<!\\d)(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4})`, 'gi');

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

/**
 * The month of a word MONTH_WORD found («марта», «Май»): date-fns's Russian locale reads it,
 * in the nominative or the genitive; 0 (no such month, `checked` refuses it) otherwise.
 */
function monthOf(word: string): number {
  const read = ru.match.month(word, { width: 'wide' });
  return read && read.rest === '' ? Number(read.value) + 1 : 0;
}

function checked(year: number, month: number, day: number): IsoDate | null {
  if (year < 1990 || year > 2100) return null;
  const iso = isoDate(year, month, day);
  return isIsoDate(iso) ? iso : null;
}

/** The whole text is a date (trailing «г.» and a time allowed); null otherwise. */
export function parseDateText(text: string): IsoDate | null {
  const t = text.trim();
  let m = NUMERIC_WHOLE.exec(t);
  if (m) return checked(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = ISO_WHOLE.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = WORDS_WHOLE.exec(t);
  if (m) return checked(Number(m[3]), monthOf(m[2]), Number(m[1]));
  return null;
}

/** Looks like a date but is not a real one («31.02.2025»): worth an «invalid» rather than a shrug. */
export function looksLikeDate(text: string): boolean {
  const t = text.trim();
  return NUMERIC_WHOLE.test(t) || ISO_WHOLE.test(t) || WORDS_WHOLE.test(t);
}

export interface DateMention {
  date: IsoDate;
  /** Position in the text, to read the words just before it («на», «от»). */
  start: number;
}

/** Every date written inside a longer text (titles, sheet names). */
export function scanDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(NUMERIC_ANYWHERE)) {
    const date = checked(fullYear(m[3]), Number(m[2]), Number(m[1]));
    if (date) out.push({ date, start: m.index ?? 0 });
  }
  for (const m of text.matchAll(WORDS_ANYWHERE)) {
    const date = checked(Number(m[3]), monthOf(m[2]), Number(m[1]));
    if (date) out.push({ date, start: m.index ?? 0 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Answers per distinct format: a workbook has a handful of formats but a region's
 * sheets ask for every number cell (npm run bench). Capped against pathological books.
 */
const dateFormatAnswers = new Map<string, boolean>();
const MAX_REMEMBERED_FORMATS = 1000;

/** Excel number formats that show a date: `dd.mm.yyyy`, `[$-419]d mmmm yyyy`, `m/d/yy`. */
export function isDateFormat(format: string): boolean {
  if (!format) return false;
  let answer = dateFormatAnswers.get(format);
  if (answer === undefined) {
    if (dateFormatAnswers.size >= MAX_REMEMBERED_FORMATS) dateFormatAnswers.clear();
    answer = showsDate(format);
    dateFormatAnswers.set(format, answer);
  }
  return answer;
}

function showsDate(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dyдг]/i.test(bare);
}
