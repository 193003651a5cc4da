import { addresseeFor } from '../../../src/core/letters/addressee';
import { aSchool } from './letter-fixtures';

const NBSP = '\u00A0';
const school = (director: string | null, extra: Parameters<typeof aSchool>[3] = {}) =>
  addresseeFor(aSchool('1', 'МБОУ «СОШ № 1»', director, extra));

describe('the addressee of an explanation request', () => {
  it.each([
    ['Иванова Мария Петровна', 'М.П. Ивановой', 'Уважаемая Мария Петровна!'],
    ['Ковальчук Ирина Петровна', 'И.П. Ковальчук', 'Уважаемая Ирина Петровна!'],
    ['Ковальчук Олег Иванович', 'О.И. Ковальчуку', 'Уважаемый Олег Иванович!'],
    ['Головко Анна Сергеевна', 'А.С. Головко', 'Уважаемая Анна Сергеевна!'],
    ['Головко Сергей Иванович', 'С.И. Головко', 'Уважаемый Сергей Иванович!'],
    ['Лебедь Мария Ивановна', 'М.И. Лебедь', 'Уважаемая Мария Ивановна!'],
    ['Лебедь Иван Петрович', 'И.П. Лебедю', 'Уважаемый Иван Петрович!'],
    ['Петров Илья Кузьмич', 'И.К. Петрову', 'Уважаемый Илья Кузьмич!'],
    ['Смирнова Ольга Николаевна', 'О.Н. Смирновой', 'Уважаемая Ольга Николаевна!'],
    ['Черных Андрей Викторович', 'А.В. Черных', 'Уважаемый Андрей Викторович!'],
    ['Бондарь Пётр Ильич', 'П.И. Бондарю', 'Уважаемый Пётр Ильич!'],
    ['Кузнецова-Ли Анна Ильинична', 'А.И. Кузнецовой-Ли', 'Уважаемая Анна Ильинична!'],
    ['Мамедов Эльдар Рауф оглы', 'Э.Р. Мамедову', 'Уважаемый Эльдар Рауф оглы!'],
    ['Ахмедова Лейла Рашид кызы', 'Л.Р. Ахмедовой', 'Уважаемая Лейла Рашид кызы!'],
    ['Королёва Алёна Фёдоровна', 'А.Ф. Королёвой', 'Уважаемая Алёна Фёдоровна!'],
    ['Соловьёв Пётр Ильич', 'П.И. Соловьёву', 'Уважаемый Пётр Ильич!'],
    ['Шмидт Анна Андреевна', 'А.А. Шмидт', 'Уважаемая Анна Андреевна!'],
    ['Шмидт Отто Карлович', 'О.К. Шмидту', 'Уважаемый Отто Карлович!'],
    ['Руденко-Лебедь Ирина Павловна', 'И.П. Руденко-Лебедь', 'Уважаемая Ирина Павловна!'],
  ])('%s → «%s», «%s»', (fullName, dative, salutation) => {
    const a = school(fullName);
    expect(a.position).toBe('Директору');
    expect(a.school).toBe('МБОУ «СОШ № 1»');
    expect(a.personDative).toBe(dative.replace(' ', NBSP));
    expect(a.salutation).toBe(salutation);
  });

  it('keeps initials and surname together with a no-break space', () => {
    expect(school('Иванова Мария Петровна').personDative).toBe(`М.П.${NBSP}Ивановой`);
  });

  it('reads a registry written in capitals and with extra spaces', () => {
    const a = school('  СМИРНОВА   ОЛЬГА  НИКОЛАЕВНА ');
    expect(a.personDative).toBe(`О.Н.${NBSP}Смирновой`);
    expect(a.salutation).toBe('Уважаемая Ольга Николаевна!');
  });

  it('declines a surname given with initials only and falls back to a neutral salutation', () => {
    const a = school('Иванова М.П.');
    expect(a.personDative).toBe(`М.П.${NBSP}Ивановой`);
    expect(a.salutation).toBe('Уважаемый руководитель!');
  });

  it('writes just the declined surname when the registry has nothing else', () => {
    expect(school('Иванова').personDative).toBe('Ивановой');
  });

  it('takes the gender from the registry when the patronymic is missing', () => {
    const a = school('Ким Алина', { director: { fullName: 'Ким Алина', dativeOverride: null, gender: 'female' } });
    expect(a.personDative).toBe(`А.${NBSP}Ким`);
  });

  it('prefers the manual dative override from the registry', () => {
    const a = school(null, { director: { fullName: 'Гусь Олег Олегович', dativeOverride: 'О.О. Гусю', gender: null } });
    expect(a.personDative).toBe(`О.О.${NBSP}Гусю`);
    expect(a.salutation).toBe('Уважаемый Олег Олегович!');
  });

  it('writes to «the head» of a school without a known director', () => {
    expect(school(null)).toEqual({
      position: 'Руководителю',
      school: 'МБОУ «СОШ № 1»',
      personDative: null,
      salutation: 'Уважаемый руководитель!',
    });
  });
});
