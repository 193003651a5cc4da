import { School } from '../../../src/core/model/registry';
import { SchoolDirectory, groupBySchool, schoolIdOf, schoolKeys } from '../../../src/core/model/school-identity';
import { looseSchoolKey, normaliseSchoolName } from '../../../src/core/model/school-name';

const school = (id: string, name: string, inn: string | null = null): School => ({
  id,
  name,
  inn,
  director: null,
  email: null,
  flagship: false,
});

describe('finding a school in the registry', () => {
  const index = new SchoolDirectory<School>();
  for (const s of [
    school('3801000001', 'МБОУ «СОШ № 1»', '3801000001'),
    school('3801000012', 'МБОУ «СОШ № 12»', '3801000012'),
    school('3801000005', 'МАОУ «Гимназия № 5»', '3801000005'),
    school('3801000006', 'МКОУ «Гимназия № 5»', '3801000006'),
  ])
    index.add(schoolKeys(s.name, s.inn), s);
  const match = (name: string, inn: string | null) => index.find(schoolKeys(name, inn))?.id ?? null;

  it('matches by ИНН before the name', () => {
    expect(match('Школа с другим названием', '3801000012')).toBe('3801000012');
  });

  it('matches a differently written name, and never № 1 for № 12', () => {
    expect(match('МБОУ СОШ №1', null)).toBe('3801000001');
    expect(match('мбоу сош № 12', null)).toBe('3801000012');
    expect(match('МБОУ СОШ № 2', null)).toBeNull();
  });

  it('drops the legal form only when that leaves one school', () => {
    expect(looseSchoolKey(normaliseSchoolName('МБОУ СОШ № 1'))).toBe('сош № 1');
    expect(match('СОШ № 1', null)).toBe('3801000001');
    expect(match('Гимназия № 5', null)).toBeNull();
  });

  it('never takes a school of another ИНН by its name: every district has a «СОШ № 1»', () => {
    expect(match('МБОУ «СОШ № 1»', '3802000001')).toBeNull();
    expect(match('МБОУ «СОШ № 1»', '3801000001')).toBe('3801000001');
  });
});

describe('grouping by school', () => {
  it('puts a row without an ИНН with the school its name names, and two namesakes with ИНН apart', () => {
    const rows = [
      { school: 'МБОУ «СОШ № 1»', inn: '3801000001', n: 1 },
      { school: 'МБОУ СОШ №1', inn: null, n: 2 },
      { school: 'МБОУ «СОШ № 1»', inn: '3802000001', n: 3 },
      { school: 'Средняя общеобразовательная школа № 12', inn: null, n: 4 },
      { school: 'МБОУ «СОШ № 12»', inn: '3801000012', n: 5 },
    ];
    const groups = groupBySchool(rows, (r) => schoolKeys(r.school, r.inn));
    const numbers = (name: string, inn: string | null) => groups.find(schoolKeys(name, inn))?.map((r) => r.n);
    expect(numbers('СОШ № 1', '3801000001')).toEqual([1, 2]);
    expect(numbers('СОШ № 1', '3802000001')).toEqual([3]);
    // «СОШ № 12» without its legal form, then with it and an ИНН: one school, found by either.
    expect(numbers('МБОУ «СОШ № 12»', null)).toEqual([4, 5]);
    expect(numbers('Другое название', '3801000012')).toEqual([4, 5]);
  });

  it('gives a school without a registry the id of its ИНН, else of its name', () => {
    expect(schoolIdOf(schoolKeys('МБОУ «СОШ № 1»', '3801000001'))).toBe('3801000001');
    expect(schoolIdOf(schoolKeys('МБОУ «СОШ №1»', null))).toBe('name:мбоу сош № 1');
    expect(schoolIdOf(schoolKeys('МБОУ «СОШ №1»', ''))).toBe('name:мбоу сош № 1');
  });
});
