import { ColumnHeader } from './header-context';
import { isInnHeader, isSchoolHeader } from './school-column';

/** The columns of a «Справочник ОО», recognised by their headers. */
export interface RegistryColumns {
  name: number | null;
  inn: number | null;
  director: number | null;
  dative: number | null;
  gender: number | null;
  email: number | null;
  flagship: number | null;
}

const DATIVE = /дательн/;
const GENDER = /(^|[^а-я])пол([^а-я]|$)/;
const DIRECTOR = /директор|руководител|(^|[^а-я])фио([^а-я]|$)/;
const EMAIL = /e-?mail|почт|эл\.? ?адрес|электронн\S* адрес/;
const FLAGSHIP = /флагман/;

export function registryColumns(columns: ColumnHeader[]): RegistryColumns {
  const found: RegistryColumns = { name: null, inn: null, director: null, dative: null, gender: null, email: null, flagship: null };
  const claim = (role: keyof RegistryColumns, col: number): void => {
    if (found[role] === null) found[role] = col;
  };
  for (const c of columns) {
    const text = `${c.parent} ${c.child}`.trim();
    if (isInnHeader(text)) claim('inn', c.col);
    else if (DATIVE.test(text)) claim('dative', c.col);
    else if (FLAGSHIP.test(text)) claim('flagship', c.col);
    else if (EMAIL.test(text)) claim('email', c.col);
    else if (DIRECTOR.test(text)) claim('director', c.col);
    else if (GENDER.test(text)) claim('gender', c.col);
    else if (isSchoolHeader(text)) claim('name', c.col);
  }
  return found;
}
