import { CellValue } from '../model/grid';
import { foldText } from './fold-text';
import { SheetView } from './sheet-view';

/**
 * The columns that say which school a row is about: the name, the ИНН, and the
 * running number `№ п/п` (which is neither data nor a school and is skipped).
 * A header names them, or, when it does not, the values give them away.
 */
const SCHOOL_HEADER =
  /наименовани|название|образовательн\S* (организац|учрежден)|(^|[^а-я])(оо|моу|ou)([^а-я-]|$)|школ|учреждени|организаци/;
const NOT_SCHOOL_HEADER =
  /муниципальн\S* (район|образовани|округ)|(^|[^а-я])(район|округ|мо)([^а-я]|$)|директор|руководител|фио|инн|моя школа|электронн\S* школ|школьник|адрес|телефон|почт/;
/** Words that name the school column outright; «школа», «учреждение» alone come second. */
const STRONG_SCHOOL_HEADER = /наименовани|название|образовательн\S* (организац|учрежден)|(^|[^а-я])оо([^а-я-]|$)/;
const INN_HEADER = /(^|[^а-я])инн([^а-я]|$)/;
const NUMBER_HEADER = /^(№|n|no\.?|№ ?п\/п|п\/п|№ ?пп|номер)$/;
const SCHOOL_NAME =
  /(^|[^а-я])(сош|оош|нош|сш|оош|гимнази|лице|школ|мбоу|маоу|мкоу|моу|гбоу|гоу|чоу|аноо|цо|интернат|кадетск|образовательн)/;
const INN_TEXT = /^\d{9,12}$/;
const SPACES = /[\s\u00a0\u2007\u202f]/g;
const INN_KPP_SEPARATOR = /[/\\,;]/;

/** Systems named after schools are not schools: «ФГИС «Моя школа»», «Электронная школа». */
const SYSTEM_NAMES = /моя школа|электронн\S* школ\S*/g;

export function looksLikeSchoolName(value: CellValue): boolean {
  return typeof value === 'string' && SCHOOL_NAME.test(foldText(value).replace(SYSTEM_NAMES, ''));
}

export function isSchoolHeader(folded: string): boolean {
  return SCHOOL_HEADER.test(folded) && !NOT_SCHOOL_HEADER.test(folded);
}

export function isInnHeader(folded: string): boolean {
  return INN_HEADER.test(folded);
}

export function isNumberHeader(folded: string): boolean {
  return NUMBER_HEADER.test(folded.replace(/\s+/g, ' ').trim());
}

/** ИНН as digits: numbers lose leading zeros (Башкортостан is 02…), so 9 digits from a number get one back. */
export function readInn(value: CellValue): { inn: string | null; valid: boolean } {
  if (value === null || value === '') return { inn: null, valid: true };
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value <= 0) return { inn: null, valid: false };
    const digits = String(value);
    const padded = digits.length === 9 || digits.length === 11 ? `0${digits}` : digits;
    return padded.length === 10 || padded.length === 12 ? { inn: padded, valid: true } : { inn: null, valid: false };
  }
  if (typeof value !== 'string') return { inn: null, valid: false };
  // «ИНН/КПП» columns hold «3801000001/380101001»: the ИНН comes first.
  const compact = value.replace(SPACES, '');
  // What `split(INN_KPP_SEPARATOR)[0]` gives, without the array (this runs per row).
  const cut = compact.search(INN_KPP_SEPARATOR);
  const digits = cut < 0 ? compact : compact.slice(0, cut);
  if (digits === '') return { inn: null, valid: true };
  if (!INN_TEXT.test(digits) || digits.length === 9 || digits.length === 11) return { inn: null, valid: false };
  return { inn: digits, valid: true };
}

export interface KeyColumns {
  schoolCol: number | null;
  innCol: number | null;
  numberCol: number | null;
}

/** Finds the key columns from folded header texts, falling back on sample values. */
export function findKeyColumns(
  view: SheetView,
  headers: Array<{ col: number; child: string; parent: string }>,
  sampleRows: number[],
): KeyColumns {
  let schoolCol: number | null = null;
  let innCol: number | null = null;
  let numberCol: number | null = null;
  let weakSchoolCol: number | null = null;
  for (const h of headers) {
    const own = h.child || h.parent;
    if (innCol === null && (isInnHeader(h.child) || isInnHeader(h.parent))) innCol = h.col;
    else if (numberCol === null && isNumberHeader(own)) numberCol = h.col;
    else if (schoolCol === null && isSchoolHeader(own)) {
      if (STRONG_SCHOOL_HEADER.test(own)) schoolCol = h.col;
      else weakSchoolCol ??= h.col;
    }
  }
  schoolCol ??= weakSchoolCol;
  // A school column may have no header at all: its values give it away.
  if (schoolCol === null) schoolCol = columnByValues(view, sampleRows, looksLikeSchoolName, [innCol, numberCol]);
  if (innCol === null) {
    // Schools are organisations: 10 digits. Twelve would also catch phone numbers stored as numbers.
    innCol = columnByValues(view, sampleRows, (v) => readInn(v).inn?.length === 10, [schoolCol, numberCol]);
  }
  return { schoolCol, innCol, numberCol };
}

/** The first column where most sampled non-empty values pass the test. */
function columnByValues(view: SheetView, rows: number[], test: (v: CellValue) => boolean, exclude: Array<number | null>): number | null {
  for (let col = view.firstCol; col <= view.lastCol; col++) {
    if (exclude.includes(col)) continue;
    let filled = 0;
    let passed = 0;
    for (const row of rows) {
      const v = view.value(row, col);
      if (v === null || v === '') continue;
      filled++;
      if (test(v)) passed++;
    }
    if (filled >= 1 && passed * 10 >= filled * 8) return col;
  }
  return null;
}
