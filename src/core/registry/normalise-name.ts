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
const NUMBER_LETTER = /№\s*(\d+)\s*[-–]?\s*["«]?([а-я])["»]?(?=$|[\s,)"»])(?!\s+[а-я]{2})/g;
const NUMBER_SIGN = /(^|[^а-яa-z])(?:n|no)\s*(?=\d)|№\s*/g;
/** Initials and short words with a dot: «им.А.С.Пушкина» and «им. А. С. Пушкина» → «им. а. с. пушкина». */
const INITIAL = /(?<![а-я])([а-я]{1,2})\.\s*/g;
const NOISE = /[^\p{L}\p{N}№.]+/gu;
const SPACES = /\s+/g;

function legalFormAbbreviation(_: string, owner: string, kind: string | undefined, entity: string): string {
  const first = owner.startsWith('муницип') ? 'м' : owner.startsWith('государ') ? 'г' : owner.startsWith('частн') ? 'ч' : 'н';
  const second = kind ? kind[0] : '';
  return ` ${first}${second}${entity.startsWith('учрежд') ? 'оу' : 'оо'} `;
}

export function normaliseSchoolName(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ');
  // Cheap guards first: most names are already short («МБОУ СОШ № 1»).
  if (s.includes('образовательн')) s = s.replace(LEGAL_FORM, legalFormAbbreviation);
  if (s.includes('школ') || s.includes('имени')) for (const [pattern, short] of LONG_FORMS) s = s.replace(pattern, short);
  if (s.includes('№')) s = s.replace(NUMBER_LETTER, '№ $1$2');
  // Quotes go with the rest of the punctuation in NOISE.
  s = s.replace(NUMBER_SIGN, '$1 № ').replace(INITIAL, '$1. ').replace(NOISE, ' ').replace(SPACES, ' ').trim();
  return s;
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

/**
 * A looser key for a second try: the normalised name without its legal form,
 * so «СОШ № 1» finds «МБОУ СОШ № 1». Callers use it only when it is unique.
 */
export function looseSchoolKey(normalised: string): string {
  return normalised
    .split(' ')
    .filter((t) => !LEGAL_FORM_TOKENS.has(t))
    .join(' ');
}
