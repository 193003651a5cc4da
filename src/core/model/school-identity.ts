import { looseSchoolKey, normaliseSchoolName } from './school-name';

/**
 * What «the same school» means, once for the whole check: ingestion matching a
 * row to the registry, comparison finding last round's finding, and letter
 * numbering finding the letter an earlier run registered all ask this module.
 * Had each its own rule, a school ingestion matched by name («СОШ № 1» ↔
 * «МБОУ СОШ № 1») could be «новое» in the comparison and get a second number.
 *
 * The rule: the ИНН first; failing that the normalised name; failing that the
 * name without its legal form, when only one school has it. A name never
 * joins two schools whose ИНН are both known and differ: a region has a
 * «СОШ № 1» in every district.
 */
export interface SchoolKeys {
  inn: string | null;
  /** normaliseSchoolName of the name as written; '' when there is no name. */
  name: string;
}

export function schoolKeys(name: string, inn: string | null): SchoolKeys {
  return { inn: inn || null, name: normaliseSchoolName(name) };
}

/** The id a school gets when nothing better is known: its ИНН, else its normalised name. */
export function schoolIdOf(keys: SchoolKeys): string {
  return keys.inn ?? `name:${keys.name}`;
}

interface Entry<T> {
  inn: string | null;
  value: T;
}

/**
 * Values (registry schools, groups of findings or register rows) looked up by
 * school. Lookups are map hits: 50,000 rows cost 50,000 normalisations and
 * nothing quadratic. The first value added under a key wins.
 */
export class SchoolDirectory<T> {
  private readonly byInn = new Map<string, Entry<T>>();
  private readonly byName = new Map<string, Entry<T>>();
  /** null marks a loose key shared by several schools: ambiguous, never used. */
  private readonly byLooseName = new Map<string, Entry<T> | null>();

  add(keys: SchoolKeys, value: T): void {
    const entry: Entry<T> = { inn: keys.inn, value };
    if (keys.inn && !this.byInn.has(keys.inn)) this.byInn.set(keys.inn, entry);
    if (!keys.name) return;
    if (!this.byName.has(keys.name)) this.byName.set(keys.name, entry);
    const loose = looseSchoolKey(keys.name);
    const known = this.byLooseName.get(loose);
    if (known === undefined) this.byLooseName.set(loose, entry);
    else if (known !== null && known.value !== value) this.byLooseName.set(loose, null);
  }

  find(keys: SchoolKeys): T | undefined {
    if (keys.inn) {
      const hit = this.byInn.get(keys.inn);
      if (hit) return hit.value;
    }
    if (!keys.name) return undefined;
    const byName = this.byName.get(keys.name) ?? this.byLooseName.get(looseSchoolKey(keys.name)) ?? undefined;
    return byName && !innsDiffer(byName.inn, keys.inn) ? byName.value : undefined;
  }
}

const innsDiffer = (a: string | null, b: string | null): boolean => a !== null && b !== null && a !== b;

/**
 * Items put together by school, the way ingestion without a registry builds
 * its schools from rows: an item joins the first group it is the same school
 * as, else starts a group of its own. Groups keep the items' order.
 */
export function groupBySchool<T>(items: readonly T[], keysOf: (item: T) => SchoolKeys): SchoolDirectory<T[]> {
  const directory = new SchoolDirectory<T[]>();
  for (const item of items) {
    const keys = keysOf(item);
    const group = directory.find(keys);
    if (group) {
      group.push(item);
      // Its ИНН or spelling may be new to the group: later items find it by either.
      directory.add(keys, group);
    } else directory.add(keys, [item]);
  }
  return directory;
}
