import { Registry, School } from '../model/registry';

/**
 * One registry for a check of several books. Ids are the ИНН when known (the
 * same school gets the same id in every book), so a union by id keeps one
 * entry per school; the first book's entry wins, but a later entry fills in a
 * director or an e-mail the first one lacked (a «Справочник ОО» over rows).
 */
export function mergeRegistries(registries: Registry[]): Registry {
  if (registries.length === 1) return registries[0];
  const byId = new Map<string, School>();
  for (const registry of registries) {
    for (const school of registry.schools) {
      const known = byId.get(school.id);
      if (!known) byId.set(school.id, school);
      else
        byId.set(school.id, {
          ...known,
          director: known.director ?? school.director,
          email: known.email ?? school.email,
          flagship: known.flagship || school.flagship,
        });
    }
  }
  const sources = [...new Set(registries.map((r) => r.source))];
  return { source: sources.join(', '), schools: [...byId.values()] };
}
