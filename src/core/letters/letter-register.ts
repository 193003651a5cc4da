import { CellValue, Grid } from '../model/grid';
import { excelSerialToIso, formatRuDate, isIsoDate, isoToExcelSerial } from '../model/iso-date';
import { LetterRegisterRow } from '../plan/workbook-plan';
import { LetterModel } from './letter-model';

/** Column headers of the «Реестр писем» sheet, in order (the plan writes them, this module reads them). */
export const LETTER_REGISTER_HEADERS = [
  'Исх. номер',
  'Дата',
  'Образовательная организация',
  'ИНН',
  'Пункты дорожной карты',
  'Файл',
  // Added later: after the old columns, so a register of an earlier version keeps its order.
  'Срок ответа',
  'Адресат',
] as const;

/** Columns holding dates: written as Excel dates, not text. */
export const LETTER_REGISTER_DATE_COLUMNS: readonly number[] = [1, 6];

type Field = keyof Required<LetterRegisterRow>;

/** Header words people use for each column, so a register retyped by hand is still read. */
const HEADER_WORDS: Record<Field, RegExp> = {
  number: /(исх|номер|^№)/i,
  date: /дата/i,
  school: /(организац|школ|^оо$|учрежден)/i,
  inn: /инн/i,
  items: /пункт/i,
  file: /файл/i,
  deadline: /срок/i,
  addressee: /(адресат|кому)/i,
};

function cellText(value: CellValue, field: Field): string {
  if (value === null) return '';
  const dated = field === 'date' || field === 'deadline';
  if (dated && typeof value === 'number') return formatRuDate(excelSerialToIso(value));
  const text = String(value).trim();
  return dated && isIsoDate(text) ? formatRuDate(text) : text;
}

/**
 * Reads an existing «Реестр писем» sheet: the header row is the first one that
 * names a number and a date column; every later row with a number is a letter
 * already sent, whatever else is blank.
 */
export function readLetterRegister(grid: Grid): LetterRegisterRow[] {
  const headerIndex = grid.values.findIndex((row) => {
    const texts = row.map((v) => (typeof v === 'string' ? v.trim() : ''));
    return texts.some((t) => HEADER_WORDS.number.test(t)) && texts.some((t) => HEADER_WORDS.date.test(t));
  });
  if (headerIndex < 0) return [];
  const header = grid.values[headerIndex].map((v) => (typeof v === 'string' ? v.trim() : ''));
  const columns = {} as Record<Field, number>;
  // The number is matched last, among columns still free, so «Дата исх.» stays the date.
  for (const field of ['deadline', 'date', 'inn', 'items', 'file', 'addressee', 'school', 'number'] as Field[]) {
    const taken = new Set(Object.values(columns));
    columns[field] = header.findIndex((t, i) => !taken.has(i) && HEADER_WORDS[field].test(t));
  }
  const rows: LetterRegisterRow[] = [];
  for (const values of grid.values.slice(headerIndex + 1)) {
    const get = (field: Field) => (columns[field] >= 0 ? cellText(values[columns[field]] ?? null, field) : '');
    const number = get('number');
    if (number === '') continue;
    rows.push({
      number,
      date: get('date'),
      school: get('school'),
      inn: get('inn') || null,
      items: get('items'),
      file: get('file'),
      deadline: get('deadline'),
      addressee: get('addressee'),
    });
  }
  return rows;
}

/** A file a renderer produced, tied to its school when it holds one school's letter. */
export interface LetterFileRef {
  path: string;
  schoolId?: string;
}

/** The paths of one school's files, as the register and report.json list them. */
function filesOf(letter: LetterModel, files: readonly LetterFileRef[]): string[] {
  return files.filter((f) => f.schoolId === letter.schoolId).map((f) => f.path);
}

/**
 * Rows to append to the register for this run's letters. A letter whose number
 * the register already holds is not added again (a re-run of the same batch).
 */
export function nextRegisterRows(
  existing: readonly LetterRegisterRow[],
  letters: readonly LetterModel[],
  files: readonly LetterFileRef[],
): LetterRegisterRow[] {
  const known = new Set(existing.map((r) => r.number.trim()));
  return letters
    .filter((l) => !known.has(l.number))
    .map((l) => ({
      number: l.number,
      date: formatRuDate(l.date),
      school: l.school,
      inn: l.inn,
      items: l.items.map((i) => i.number).join(', '),
      file: filesOf(l, files).join(', '),
      deadline: formatRuDate(l.deadline),
      addressee: [l.addressee.position, l.addressee.personDative].filter(Boolean).join(' ').replace(/\u00A0/g, ' '),
    }));
}

/**
 * A register row as the cells of its sheet, in LETTER_REGISTER_HEADERS order; dates as Excel
 * serial numbers (the sheet formats them), everything else as text.
 */
export function registerRowCells(r: LetterRegisterRow): (string | number)[] {
  const serial = (text: string | undefined) => {
    const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text ?? '');
    return m ? isoToExcelSerial(`${m[3]}-${m[2]}-${m[1]}`) : (text ?? '');
  };
  return [r.number, serial(r.date), r.school, r.inn ?? '', r.items, r.file, serial(r.deadline), r.addressee ?? ''];
}

/** report.json's `letters` entries: the school, its ИНН, the roadmap items and the files written for it. */
export function letterReportEntries(letters: readonly LetterModel[], files: readonly LetterFileRef[]) {
  return letters.map((l) => ({ school: l.school, inn: l.inn, items: l.items.map((i) => i.number), files: filesOf(l, files) }));
}
