import fc from 'fast-check';
import { looseSchoolKey, normaliseSchoolName } from '../../../src/core/registry/normalise-name';
import { SchoolIndex } from '../../../src/core/registry/school-index';
import { School } from '../../../src/core/model/registry';

const same = (a: string, b: string) => expect(normaliseSchoolName(a)).toBe(normaliseSchoolName(b));
const differ = (a: string, b: string) => expect(normaliseSchoolName(a)).not.toBe(normaliseSchoolName(b));

describe('school names that mean the same school', () => {
  it('ignores quotes, «№» spacing, case and ё', () => {
    same('МБОУ СОШ №1', 'МБОУ «СОШ № 1»');
    same('мбоу "сош №1"', 'МБОУ «СОШ № 1»');
    same('МБОУ Берёзовская СОШ', 'МБОУ Березовская СОШ');
    same('МБОУ "Новоназимовская СОШ N4"', 'МБОУ Новоназимовская СОШ № 4');
  });

  it('reads the long legal form as its abbreviation', () => {
    same('Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»', 'МБОУ СОШ № 1');
    same('Муниципальное казённое общеобразовательное учреждение «Основная общеобразовательная школа № 3»', 'МКОУ ООШ №3');
  });

  it('spaces initials the same way and reads «имени» as «им.»', () => {
    same('МКОУ ООШ №3 им.А.С.Пушкина', 'МКОУ «ООШ № 3 имени А. С. Пушкина»');
  });

  it('keeps a letter after the number with the number', () => {
    same('МОУ «Лицей №1 «А»»', 'МОУ лицей № 1-а');
    // A quote between «№» and the number («№ "1-а"») is noise too.
    same('МБОУ СОШ № "1-а"', 'МБОУ СОШ № 1а');
    differ('Лицей № 1а', 'Лицей № 1');
  });
});

describe('school names that must never meet', () => {
  it('keeps numbers whole: № 1 is not № 12 or № 21', () => {
    differ('МБОУ СОШ № 1', 'МБОУ СОШ № 12');
    differ('МБОУ СОШ №1', 'МБОУ СОШ №21');
    differ('СОШ № 1 с углублённым изучением', 'СОШ № 1с');
  });
});

describe('finding a school in the registry', () => {
  const school = (id: string, name: string, inn: string | null = null): School => ({
    id,
    name,
    inn,
    director: null,
    email: null,
    flagship: false,
  });
  const index = new SchoolIndex([
    school('3801000001', 'МБОУ «СОШ № 1»', '3801000001'),
    school('3801000012', 'МБОУ «СОШ № 12»', '3801000012'),
    school('3801000005', 'МАОУ «Гимназия № 5»', '3801000005'),
    school('3801000006', 'МКОУ «Гимназия № 5»', '3801000006'),
  ]);

  it('matches by ИНН before the name', () => {
    expect(index.match('Школа с другим названием', '3801000012')?.id).toBe('3801000012');
  });

  it('matches a differently written name, and never № 1 for № 12', () => {
    expect(index.match('МБОУ СОШ №1', null)?.id).toBe('3801000001');
    expect(index.match('мбоу сош № 12', null)?.id).toBe('3801000012');
    expect(index.match('МБОУ СОШ № 2', null)).toBeNull();
  });

  it('drops the legal form only when that leaves one school', () => {
    expect(looseSchoolKey(normaliseSchoolName('МБОУ СОШ № 1'))).toBe('сош № 1');
    expect(index.match('СОШ № 1', null)?.id).toBe('3801000001');
    expect(index.match('Гимназия № 5', null)).toBeNull();
  });
});

describe('normalisation as a property', () => {
  it('is stable: a normalised name normalises to itself', () => {
    const word = fc.constantFrom(
      'МБОУ',
      '«СОШ',
      '№',
      '№1',
      'N2',
      'им.',
      'А.С.',
      'Пушкина»',
      'Берёзовская',
      'лицей',
      '"',
      'имени',
      'с.',
      'Ивановка',
      '1-а',
      'Средняя общеобразовательная школа',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const once = normaliseSchoolName(words.join(' '));
        expect(normaliseSchoolName(once)).toBe(once);
      }),
    );
  });

  it('never lets two school numbers meet', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.constantFrom('МБОУ СОШ №', 'МБОУ «СОШ № ', 'Гимназия N'),
        (a, b, prefix) => {
          fc.pre(a !== b);
          expect(normaliseSchoolName(`${prefix}${a}»`)).not.toBe(normaliseSchoolName(`${prefix}${b}»`));
        },
      ),
    );
  });
});
