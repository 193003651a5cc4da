import fc from 'fast-check';
import { normaliseSchoolName } from '../../../src/core/model/school-name';

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
