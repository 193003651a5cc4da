import { CellValue } from '../model/grid';
import { excelSerialToIso } from '../model/iso-date';
import { MeasureType } from '../model/measures';
import { MeasureValue } from '../model/monitoring';
import { isDateFormat, looksLikeDate, parseDateText } from './date-text';
import { foldText } from './fold-text';

/**
 * One cell → a typed value for its measure. Nothing here throws and nothing is
 * clamped: a negative count stays negative so evaluation can call it a data
 * error; unreadable text becomes `invalid` with a Russian reason.
 *
 * Shares. A cell with an explicit percent (`85,7%` typed as text, or 0.857
 * shown through a `0.0%` format) is read as written: 85.7. A bare number is
 * ambiguous (0,857 — a fraction or 0.857 %?), so the decision is taken per
 * column by `percentScaleOf`: when every bare number in the column lies within
 * 0…1 the column holds fractions and they are multiplied by 100; otherwise the
 * numbers are already percents. A lone 0,5 among 85 and 100 is thus 0.5 %.
 */
export type PercentScale = 'percent' | 'fraction';

type Present = Exclude<CellValue, null>;

const MISSING_WORDS = new Set(['', 'н/д', 'нд', 'н.д.', 'н/д.', 'нет данных', 'нет сведений', 'данных нет', '-', '--', 'х', 'x', '?']);
const DASH_ONLY = /^[-\u2010-\u2015\u2212]+$/;
const LONG_DASH = /^[\u2013\u2014]+$/;
const ERROR_VALUE = /^#[^\s]{1,12}[!?]?$|^#н\/д$|^#n\/a$/i;
const SPACES_IN_NUMBER = /[\s\u00a0\u2007\u202f']/g;
const NUMBER_TEXT = /^([+\-\u2212]?)(\d+(?:[.,]\d+)?|[.,]\d+)(%?)(?:чел\.?|шт\.?|ед\.?|руб\.?|р\.|мбит\/с)?$/;
const YES = new Set([
  'да',
  '+',
  '1',
  'есть',
  'имеется',
  'заполнено',
  'заполнен',
  'заполнена',
  'выполнено',
  'выполнен',
  'актуально',
  'актуализировано',
  'размещено',
  'размещена',
  'true',
  'истина',
  'v',
  '✓',
  '✔',
]);
const NO = new Set([
  'нет',
  '-',
  '\u2212',
  '0',
  'не заполнено',
  'не заполнен',
  'не заполнена',
  'не выполнено',
  'отсутствует',
  'не актуально',
  'не размещено',
  'false',
  'ложь',
]);
const NOT_SENT = new Set(['нет', 'не направлено', 'не направлена', 'не представлено', 'не предоставлено', 'не отправлено']);

interface NumberText {
  value: number;
  percentSign: boolean;
}

/** `1 234`, `85,7%`, `"44"`, `−3`: the number a person meant, or null. */
export function readNumberText(text: string): NumberText | null {
  const m = NUMBER_TEXT.exec(text.trim().replace(SPACES_IN_NUMBER, '').toLowerCase());
  if (!m) return null;
  const magnitude = Number(m[2].replace(',', '.'));
  if (!Number.isFinite(magnitude)) return null;
  return { value: m[1] === '' || m[1] === '+' ? magnitude : -magnitude, percentSign: m[3] === '%' };
}

export function isErrorValue(text: string): boolean {
  return ERROR_VALUE.test(text.trim());
}

/** Every «nothing» word is short: longer texts skip the folding (this runs per cell). */
const LONGEST_MISSING_WORD = 16;

/**
 * No «nothing» word and no «not sent» word has a digit, and folding keeps digits:
 * a text that starts with one («98,3%», «10.02.2025») is never such a word.
 */
function startsWithDigit(text: string): boolean {
  const code = text.trimStart().charCodeAt(0);
  return code >= 48 && code <= 57;
}

export function isMissingText(text: string): boolean {
  if (text.length > LONGEST_MISSING_WORD * 2 || startsWithDigit(text)) return false;
  const t = foldText(text);
  return MISSING_WORDS.has(t) || DASH_ONLY.test(t);
}

const round = (x: number): number => Math.round(x * 1e9) / 1e9;

export function parseCell(raw: CellValue, numberFormat: string, type: MeasureType, scale: PercentScale = 'percent'): MeasureValue {
  if (raw === null || raw === undefined) return { kind: 'missing', raw: null };
  if (typeof raw === 'number' && !Number.isFinite(raw)) return { kind: 'invalid', raw: String(raw), reason: 'не число' };
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (isErrorValue(text)) return { kind: 'invalid', raw, reason: `ошибка в формуле (${text})` };
    if (type === 'flag') return parseFlagText(raw);
    if (isMissingText(text)) return { kind: 'missing', raw };
  }
  switch (type) {
    case 'date':
      return parseDate(raw, numberFormat);
    case 'flag':
      return parseFlagValue(raw);
    case 'percent':
      return parsePercent(raw, numberFormat, scale);
    default:
      return parseNumber(raw, numberFormat, type);
  }
}

function parseNumber(raw: Present, numberFormat: string, type: MeasureType): MeasureValue {
  const asText = String(raw);
  let value: number;
  // Excel turns «1.2» typed into a count into 1 February: the number is not what was meant.
  if (typeof raw === 'number' && isDateFormat(numberFormat)) return { kind: 'invalid', raw: asText, reason: 'дата вместо числа' };
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'boolean') return { kind: 'invalid', raw: asText, reason: 'логическое значение вместо числа' };
  else {
    const n = readNumberText(raw);
    if (!n) return { kind: 'invalid', raw: asText, reason: looksLikeDate(raw) ? 'дата вместо числа' : 'не число' };
    if (n.percentSign) return { kind: 'invalid', raw: asText, reason: 'процент вместо количества' };
    value = n.value;
  }
  if (type === 'count' && !Number.isInteger(round(value)))
    return { kind: 'invalid', raw: asText, reason: 'дробное число вместо количества' };
  return { kind: 'number', value: type === 'count' ? Math.round(value) : value };
}

function parsePercent(raw: Present, numberFormat: string, scale: PercentScale): MeasureValue {
  if (typeof raw === 'boolean') return { kind: 'invalid', raw: String(raw), reason: 'логическое значение вместо процента' };
  if (typeof raw === 'number') {
    if (isDateFormat(numberFormat)) return { kind: 'invalid', raw: String(raw), reason: 'дата вместо процента' };
    const explicit = numberFormat.includes('%');
    return { kind: 'number', value: round(explicit || scale === 'fraction' ? raw * 100 : raw) };
  }
  const n = readNumberText(raw);
  if (!n) return { kind: 'invalid', raw, reason: 'не число' };
  return { kind: 'number', value: round(!n.percentSign && scale === 'fraction' ? n.value * 100 : n.value) };
}

function parseDate(raw: Present, numberFormat: string): MeasureValue {
  if (typeof raw === 'number') {
    // A serial without a date format still is a date when it falls in 1954–2119.
    if (isDateFormat(numberFormat) || (raw >= 20000 && raw < 80000)) return { kind: 'date', value: excelSerialToIso(raw) };
    return { kind: 'invalid', raw: String(raw), reason: 'число вместо даты' };
  }
  if (typeof raw === 'boolean') return { kind: 'invalid', raw: String(raw), reason: 'логическое значение вместо даты' };
  if (!startsWithDigit(raw) && NOT_SENT.has(foldText(raw))) return { kind: 'missing', raw };
  const iso = parseDateText(raw);
  if (iso) return { kind: 'date', value: iso };
  return { kind: 'invalid', raw, reason: looksLikeDate(raw) ? 'такой даты нет в календаре' : 'нет даты' };
}

/** For flags «-» and «−» mean «нет» (tables of pluses and minuses); «—» and «н/д» mean nothing was said. */
function parseFlagText(raw: string): MeasureValue {
  if (LONG_DASH.test(raw.trim())) return { kind: 'missing', raw };
  const t = foldText(raw);
  if (YES.has(t)) return { kind: 'flag', value: true };
  if (NO.has(t) || t === '-') return { kind: 'flag', value: false };
  if (isMissingText(raw)) return { kind: 'missing', raw };
  return { kind: 'invalid', raw, reason: 'ожидается «да» или «нет»' };
}

function parseFlagValue(raw: Present): MeasureValue {
  if (typeof raw === 'boolean') return { kind: 'flag', value: raw };
  if (raw === 1 || raw === 0) return { kind: 'flag', value: raw === 1 };
  return { kind: 'invalid', raw: String(raw), reason: 'ожидается «да» или «нет»' };
}

/** Decides how a share column writes its bare numbers (see the note at the top). */
export function percentScaleOf(cells: Iterable<{ raw: CellValue; numberFormat: string }>): PercentScale {
  let bare = 0;
  for (const { raw, numberFormat } of cells) {
    let n: number | null = null;
    if (typeof raw === 'number' && !numberFormat.includes('%')) n = raw;
    else if (typeof raw === 'string') {
      const t = readNumberText(raw);
      if (t && !t.percentSign) n = t.value;
    }
    if (n === null) continue;
    if (n < 0 || n > 1) return 'percent';
    bare++;
  }
  return bare > 0 ? 'fraction' : 'percent';
}
