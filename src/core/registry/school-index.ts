import { School } from '../model/registry';
import { looseSchoolKey, normaliseSchoolName } from './normalise-name';

/**
 * Finds a registry school for a row: by ИНН first, then by the normalised
 * name, then by the name without its legal form («СОШ № 1» ↔ «МБОУ СОШ № 1»)
 * when exactly one school has it. Lookups are map hits: 50,000 rows cost
 * 50,000 normalisations and nothing quadratic.
 */
export class SchoolIndex {
  private readonly byInn = new Map<string, School>();
  private readonly byName = new Map<string, School>();
  /** null marks a loose key shared by several schools: ambiguous, never used. */
  private readonly byLooseName = new Map<string, School | null>();

  constructor(schools: readonly School[] = []) {
    for (const s of schools) this.add(s);
  }

  /** `normalised` saves a second normalisation when the caller already has it. */
  add(school: School, normalised?: string): void {
    if (school.inn && !this.byInn.has(school.inn)) this.byInn.set(school.inn, school);
    const name = normalised ?? normaliseSchoolName(school.name);
    if (!name) return;
    if (!this.byName.has(name)) this.byName.set(name, school);
    const loose = looseSchoolKey(name);
    const known = this.byLooseName.get(loose);
    if (known === undefined) this.byLooseName.set(loose, school);
    else if (known !== null && known.id !== school.id) this.byLooseName.set(loose, null);
  }

  match(name: string, inn: string | null): School | null {
    if (inn) {
      const hit = this.byInn.get(inn);
      if (hit) return hit;
    }
    return this.matchNormalised(normaliseSchoolName(name), null);
  }

  matchNormalised(normalised: string, inn: string | null): School | null {
    if (inn) {
      const hit = this.byInn.get(inn);
      if (hit) return hit;
    }
    if (!normalised) return null;
    return this.byName.get(normalised) ?? this.byLooseName.get(looseSchoolKey(normalised)) ?? null;
  }
}

/** The id a school gets when nothing better is known: its ИНН, else its normalised name. */
export function schoolIdFor(name: string, inn: string | null): string {
  return inn ?? `name:${normaliseSchoolName(name)}`;
}

export function schoolIdForNormalised(normalised: string, inn: string | null): string {
  return inn ?? `name:${normalised}`;
}
