import { hasSpacesToCollapse } from './single-spaced';

/**
 * A school's name reduced to what identifies it, so that `МБОУ СОШ №1`,
 * `МБОУ «СОШ № 1»`, `мбоу "сош №1"` and «Муниципальное бюджетное
 * общеобразовательное учреждение «Средняя общеобразовательная школа № 1»»
 * meet, while `СОШ № 1` and `СОШ № 12` never do (numbers stay whole tokens).
 * Patterns are compiled once: registries and sheets run this per row.
 */
const LEGAL_FORM =
  /(муниципальн|государствен|частн|негосударствен)\S*\s+(?:(бюджетн|автономн|казенн)\S*\s+)?(?:нетипов\S*\s+)?(?:обще)?образовательн\S*\s+(учреждени|организаци)\S*/g;
const LONG_FORMS: Array<[RegExp, string]> = [
  [/средн\S* общеобразовательн\S* школ\S*/g, 'сош'],
  [/основн\S* общеобразовательн\S* школ\S*/g, 'оош'],
  [/начальн\S* общеобразовательн\S* школ\S*/g, 'нош'],
  [/средн\S* школ\S*/g, 'сш'],
  [/(^|[\s"])имени(?=\s)/g, '$1им.'],
];
/** «№ 1 "А"», «№1-а», «№ 1а» → «№ 1а»: a lone letter right after the number, not «№ 1 с углублённым». */
const NUMBER_LETTER = /№[\s"«»]*(\d+)\s*[-–]?\s*["«]?([а-я])["»]?(?=$|[\s,)"»])(?!\s+[а-я]{2})/g;
const NUMBER_SIGN = /(^|[^а-яa-z])(?:n|no)\s*(?=\d)|№\s*/g;
/** Initials and short words with a dot: «им.А.С.Пушкина» and «им. А. С. Пушкина» → «им. а. с. пушкина». */
const INITIAL = /(?<![а-я])([а-я]{1,2})\.\s*/g;
const YO = /ё/g;
const WHITESPACE = /[\s\u00a0\u2007\u202f]+/g;
/** What survives as part of a word; everything else (quotes, punctuation, spaces) separates words. */
const KEPT = /^[\p{L}\p{N}№.]$/u;

function legalFormAbbreviation(_: string, owner: string, kind: string | undefined, entity: string): string {
  const first = owner.startsWith('муницип') ? 'м' : owner.startsWith('государ') ? 'г' : owner.startsWith('частн') ? 'ч' : 'н';
  const second = kind ? kind[0] : '';
  return ` ${first}${second}${entity.startsWith('учрежд') ? 'оу' : 'оо'} `;
}

export function normaliseSchoolName(name: string): string {
  let s = name.toLowerCase();
  if (s.includes('ё')) s = s.replace(YO, 'е');
  // WHITESPACE is `\s` (the three it names are in it): only these names change.
  if (hasSpacesToCollapse(s)) s = s.replace(WHITESPACE, ' ');
  // Cheap guards first: most names are already short («МБОУ СОШ № 1»).
  if (s.includes('образовательн')) s = s.replace(LEGAL_FORM, legalFormAbbreviation);
  if (s.includes('школ') || s.includes('имени')) for (const [pattern, short] of LONG_FORMS) s = s.replace(pattern, short);
  if (s.includes('№')) s = s.replace(NUMBER_LETTER, '№ $1$2');
  // Without a Latin «n» only NUMBER_SIGN's «№\s*» branch could match: wordsOf sets «№» apart instead.
  const latinSign = s.includes('n');
  if (latinSign) s = s.replace(NUMBER_SIGN, '$1 № ');
  if (s.includes('.')) s = s.replace(INITIAL, '$1. ');
  return wordsOf(s, !latinSign);
}

/**
 * The kept characters' runs joined by single spaces (with `numeroApart`, every «№» a word by
 * itself): what replacing «№» and the spaces after it by « № », then every run of other
 * characters ([^\p{L}\p{N}№.]) by a space, and trimming gives, in one pass.
 * Quotes go with the rest of the punctuation. The regexes were most of a name's cost
 * (10,000 names a region, npm run bench); plain Cyrillic, Latin and digits are decided here.
 */
function wordsOf(s: string, numeroApart: boolean): string {
  let out = '';
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === NUMERO && numeroApart) {
      if (start >= 0) out = out === '' ? s.slice(start, i) : `${out} ${s.slice(start, i)}`;
      out = out === '' ? '№' : `${out} №`;
      start = -1;
      continue;
    }
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (isKept(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out = out === '' ? s.slice(start, i) : `${out} ${s.slice(start, i)}`;
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out = out === '' ? s.slice(start) : `${out} ${s.slice(start)}`;
  return out;
}

const NUMERO = 0x2116;

function isKept(code: number): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x430 && code <= 0x44f)) return true;
  if (code === 0x2e || code === 0x2116) return true;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return KEPT.test(String.fromCodePoint(code));
}

const LEGAL_FORM_TOKENS = new Set([
  'мбоу',
  'маоу',
  'мкоу',
  'моу',
  'мбоо',
  'маоо',
  'мкоо',
  'моо',
  'гбоу',
  'гаоу',
  'гкоу',
  'гоу',
  'чоу',
  'ноу',
  'ано',
  'аноо',
  'мобу',
  'моау',
  'мкобу',
]);

const LONGEST_LEGAL_FORM = Math.max(...[...LEGAL_FORM_TOKENS].map((t) => t.length));

/**
 * A looser key for a second try: the normalised name without its legal form,
 * so «СОШ № 1» finds «МБОУ СОШ № 1». Callers use it only when it is unique.
 */
export function looseSchoolKey(normalised: string): string {
  // `split(' ').filter(…).join(' ')` without the arrays: spans of kept tokens are sliced whole.
  const spans: string[] = [];
  let spanStart = 0;
  let removed = false;
  for (let start = 0; start <= normalised.length;) {
    let end = normalised.indexOf(' ', start);
    if (end < 0) end = normalised.length;
    if (end - start <= LONGEST_LEGAL_FORM && LEGAL_FORM_TOKENS.has(normalised.slice(start, end))) {
      if (start > spanStart) spans.push(normalised.slice(spanStart, start - 1));
      spanStart = end + 1;
      removed = true;
    }
    start = end + 1;
  }
  if (!removed) return normalised;
  if (spanStart <= normalised.length) spans.push(normalised.slice(spanStart));
  return spans.join(' ');
}
