/**
 * Forms of a Russian noun that counts need: «1 педагог, 3 педагога, 5 педагогов»
 * and, after «не хватает», the genitive: «не хватает 1 педагога, 3 педагогов».
 */
export interface NounForms {
  one: string;
  few: string;
  many: string;
  genOne: string;
  genMany: string;
}

export function noun(one: string, few: string, many: string, genOne = few, genMany = many): NounForms {
  return { one, few, many, genOne, genMany };
}

/** Russian plural category of an integer: 1, 21 → one; 2–4, 22 → few; else many. */
export function pluralCategory(n: number): 'one' | 'few' | 'many' {
  const abs = Math.abs(Math.trunc(n));
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return 'one';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
  return 'many';
}

/** «3 педагога» */
export function countNominative(n: number, forms: NounForms): string {
  return `${n} ${forms[pluralCategory(n)]}`;
}

/** «3 педагогов» (after «не хватает», «нет данных по»): genitive singular only for 1, 21, 31… */
export function countGenitive(n: number, forms: NounForms): string {
  return `${n} ${pluralCategory(n) === 'one' ? forms.genOne : forms.genMany}`;
}
