import { inclineLastname } from 'lvovich';

export type Gender = 'male' | 'female';

/**
 * Corrections over lvovich where its rules fail for real surnames (checked against a table of
 * surnames in test/core/letters/surname-dative.test.ts):
 * - adjective-like surnames after a hushing or velar consonant: «Горячий → Горячему» (not
 *   «Горячию»), «Осадчая → Осадчей» (not «Осадчой»), «Широкий → Широкому»;
 * - men's surnames in -ец keep the vowel, as surnames do (Розенталь): «Швец → Швецу»,
 *   «Кузнец → Кузнецу», «Заяц → Заяцу» (lvovich drops it: «Швцу»).
 * A rule returns null when lvovich should decide.
 */
function corrected(word: string, gender: Gender): string | null {
  const lower = word.toLowerCase();
  if (gender === 'male') {
    if (word.length > 4 && /[жшчщ]ий$/.test(lower)) return `${word.slice(0, -2)}ему`;
    if (word.length > 4 && /[гкх]ий$/.test(lower)) return `${word.slice(0, -2)}ому`;
    if (word.length > 4 && /[^аеёиоуыэюя]ий$/.test(lower)) return `${word.slice(0, -2)}ему`;
    if (word.length > 3 && /ый$/.test(lower)) return `${word.slice(0, -2)}ому`;
    if (word.length > 4 && /[^аеёиоуыэюя]ой$/.test(lower)) return `${word.slice(0, -2)}ому`;
    if (/[еяа]ц$/.test(lower)) return `${word}у`;
    return null;
  }
  if (/[жшчщ]ая$/.test(lower) || /яя$/.test(lower)) return `${word.slice(0, -2)}ей`;
  if (word.length > 3 && /ая$/.test(lower)) return `${word.slice(0, -2)}ой`;
  return null;
}

/** One part of a surname in the dative. */
function declinePart(word: string, gender: Gender): string {
  if (word === '') return word;
  return corrected(word, gender) ?? inclineLastname(word, 'dative', gender);
}

/**
 * A surname in the dative («Ивановой», «Ковальчуку»; a woman's «Ковальчук» stays). A
 * double-barrelled surname is declined part by part, as both parts are surnames.
 */
export function surnameDative(last: string, gender: Gender): string {
  return last
    .split('-')
    .map((part) => declinePart(part, gender))
    .join('-');
}
