import { NounForms, countGenitive, countNominative, pluralCategory } from '../model/nouns';

/** People are animate: «зарегистрировать 2 педагогов», but «заполнить 2 карточки». */
const ANIMATE = /^(педагог|обучающ|родител|сотрудник|работник|учени|учител)/;

/** «карточка» → «карточку», «публикация» → «публикацию»; masculine and neuter inanimate nouns stay. */
function accusativeSingular(word: string): string {
  if (word.endsWith('а')) return `${word.slice(0, -1)}у`;
  if (word.endsWith('я')) return `${word.slice(0, -1)}ю`;
  return word;
}

/** A count as the object of a verb: «заполнить 1 карточку», «зарегистрировать 3 педагогов», «провести 2 заседания». */
export function countAccusative(n: number, forms: NounForms): string {
  const animate = ANIMATE.test(forms.one);
  const category = pluralCategory(n);
  if (category === 'one') return `${n} ${animate ? forms.genOne : accusativeSingular(forms.one)}`;
  return animate ? `${n} ${forms.genMany}` : countNominative(n, forms);
}

export { countGenitive, countNominative };
