import { Director, School } from '../model/registry';
import { NBSP } from './russian-text';
import { Gender, surnameDative } from './surname-dative';

export interface Addressee {
  /** «Директору» or «Руководителю»: the position in the dative. */
  position: string;
  /** The school exactly as the registry writes it (an organisation's name is never declined). */
  school: string;
  /** «М.П. Ивановой», with a no-break space after the initials; null without a director. */
  personDative: string | null;
  /** «Уважаемая Мария Петровна!», «Уважаемый руководитель!». */
  salutation: string;
}

interface NameParts {
  last: string;
  first: string | null;
  middle: string | null;
}

/** «ИВАНОВА  мария петровна» → Иванова / Мария / Петровна; «Иванова М.П.» keeps the initials. */
function splitFullName(fullName: string): NameParts {
  const words = fullName.replace(/\s+/g, ' ').trim().split(' ');
  const properCase = (w: string) =>
    w
      .split('-')
      .map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase())
      .join('-');
  const last = properCase(words[0] ?? '');
  const initials = /^([А-ЯЁ])\.\s*([А-ЯЁ])\.?$/i.exec(words.slice(1).join(''));
  if (initials) return { last, first: initials[1].toUpperCase() + '.', middle: initials[2].toUpperCase() + '.' };
  // «Мамедов Эльдар Рауф оглы»: the patronymic is the rest after the first name.
  const middle = words.slice(2).join(' ');
  return {
    last,
    first: words[1] ? properCase(words[1]) : null,
    middle: middle ? middle.charAt(0).toUpperCase() + middle.slice(1).toLowerCase() : null,
  };
}

/**
 * The patronymic tells the gender (-вич / -ич, -вна / -чна / -инична, «оглы» / «кызы»);
 * without one, a surname in -ова/-ева/-ина/-ая is a woman's. Director.gender overrides both.
 */
function detectGender(parts: NameParts, override: Director['gender']): Gender | null {
  if (override) return override;
  const middle = (parts.middle ?? '').toLowerCase();
  if (/(ич|оглы|улы)$/.test(middle)) return 'male';
  if (/(на|кызы|гызы)$/.test(middle)) return 'female';
  if (/(ова|ева|ёва|ина|ына|ая)$/i.test(parts.last)) return 'female';
  if (/(ов|ев|ёв|ин|ын|ий|ой)$/i.test(parts.last)) return 'male';
  return null;
}

function initialsOf(parts: NameParts): string {
  const initial = (w: string | null) => (w ? `${w.charAt(0).toUpperCase()}.` : '');
  return `${initial(parts.first)}${initial(parts.middle)}`;
}

export function addresseeFor(school: Pick<School, 'name' | 'director'>): Addressee {
  const director = school.director;
  if (!director || director.fullName.trim() === '') {
    return { position: 'Руководителю', school: school.name, personDative: null, salutation: 'Уважаемый руководитель!' };
  }
  const parts = splitFullName(director.fullName);
  const gender = detectGender(parts, director.gender);
  const override = director.dativeOverride?.trim();
  const personDative = override
    ? override.replace(/^((?:[А-ЯЁ]\.\s?){1,2})\s*/, (m) => m.replace(/\s/g, '') + NBSP)
    : [initialsOf(parts), gender ? surnameDative(parts.last, gender) : parts.last].filter(Boolean).join(NBSP);
  const hasFullNames = parts.first !== null && parts.middle !== null && !parts.first.endsWith('.') && !parts.middle.endsWith('.');
  const salutation =
    hasFullNames && gender
      ? `${gender === 'female' ? 'Уважаемая' : 'Уважаемый'} ${parts.first} ${parts.middle}!`
      : 'Уважаемый руководитель!';
  return { position: 'Директору', school: school.name, personDative, salutation };
}
