import { wordFinding } from '../../../src/core/letters/finding-wording';
import { Rule } from '../../../src/core/roadmap/schema';
import { noun } from '../../../src/core/model/nouns';
import { aFinding, STUDENT, TEACHER } from './letter-fixtures';

const CARD = noun('карточка', 'карточки', 'карточек');
const LESSON = noun('урок', 'урока', 'уроков');
const CHAT = noun('чат', 'чата', 'чатов');
const MEETING = noun('заседание', 'заседания', 'заседаний');
const APPLICATION = noun('заявление', 'заявления', 'заявлений');

const plain = (text: string) => text.replace(/\u00A0/g, ' ');
const word = (overrides: Parameters<typeof aFinding>[0], rule: Rule | null = null) => {
  const row = wordFinding(aFinding(overrides), { asOf: '2025-03-03', dateStyle: 'numeric', rule });
  return { ...row, sentence: plain(row.sentence), comment: plain(row.comment), value: plain(row.value), target: plain(row.target), statusText: plain(row.statusText) };
};

const SHARE: Rule = { kind: 'share_at_least', numerator: 'teachers_fgis_registered', denominator: 'teachers_total', target: 100 };

describe('«Что сделать» for a share short of its target', () => {
  it.each([
    [1, 'зарегистрировать ещё 1 педагога'],
    [3, 'зарегистрировать ещё 3 педагогов'],
    [11, 'зарегистрировать ещё 11 педагогов'],
    [21, 'зарегистрировать ещё 21 педагога'],
  ])('%i teachers short: «%s»', (count, action) => {
    expect(word({ shortfall: { count, noun: TEACHER } }, SHARE).comment).toBe(action);
  });

  it('puts the counts next to the percentage, with a thousands space in a large count', () => {
    const row = word({ value: 98.3, detail: '27358 из 27830', shortfall: { count: 472, noun: STUDENT } }, { ...SHARE, numerator: 'students_fgis_registered' });
    expect(row.statusText).toBe('не выполнено');
    expect(row.value).toBe('98,3 % (27 358 из 27 830)');
    expect(row.target).toBe('100 %');
    expect(row.comment).toBe('зарегистрировать ещё 472 обучающихся');
    expect(row.indicator).toBe('Доля педагогов, зарегистрированных во ФГИС «Моя школа»');
  });

  it('active users, chats, homework: each its own verb', () => {
    expect(word({ shortfall: { count: 8, noun: TEACHER } }, { ...SHARE, numerator: 'teachers_fgis_active' }).comment).toBe(
      'вовлечь в активную работу ещё 8 педагогов',
    );
    expect(word({ shortfall: { count: 1, noun: CHAT } }, { ...SHARE, numerator: 'chats_sferum' }).comment).toBe('перевести в ИКОП «Сферум» ещё 1 чат');
    expect(word({ shortfall: { count: 2, noun: LESSON } }, { ...SHARE, numerator: 'lessons_with_homework' }).comment).toBe(
      'внести домашнее задание ещё для 2 уроков',
    );
  });

  it('a share of an unknown measure: the target and who is missing', () => {
    expect(word({ shortfall: { count: 5, noun: STUDENT } }, { ...SHARE, numerator: 'something_else' }).comment).toBe(
      'довести до 100 %: не хватает 5 обучающихся',
    );
  });
});

describe('«Что сделать» for a count that must be zero: fill in, never «устранить»', () => {
  const zero = (measure: string): Rule => ({ kind: 'count_zero', measure });
  const count = (value: number, forms = CARD) => ({ value, target: 0, unit: null, shortfall: { count: value, noun: forms } });

  it.each([
    [1, 'внести СНИЛС в 1 карточку обучающегося'],
    [4, 'внести СНИЛС в 4 карточки обучающихся'],
    [10, 'внести СНИЛС в 10 карточек обучающихся'],
  ])('%i student cards without СНИЛС: «%s»', (n, action) => {
    expect(word({ indicator: 'Карточек обучающихся без СНИЛС', ...count(n) }, zero('students_no_snils')).comment).toBe(action);
  });

  it('lessons, applications, parents’ cards', () => {
    expect(word(count(2, LESSON), zero('lessons_without_mark')).comment).toBe('проставить отметку «Урок проведен» для 2 уроков');
    expect(word(count(1, APPLICATION), zero('applications_overdue')).comment).toBe('рассмотреть 1 заявление о зачислении');
    expect(word(count(1, CARD), zero('parents_no_id_doc')).comment).toBe(
      'внести сведения о документе, удостоверяющем личность, в 1 карточку родителя',
    );
  });

  it('the row says the count and the required zero', () => {
    const row = word({ indicator: 'Уроков без отметки «Урок проведен»', ...count(2, LESSON) }, zero('lessons_without_mark'));
    expect([row.value, row.target]).toEqual(['2', '0']);
    expect(row.sentence).toBe('Уроков без отметки «Урок проведен» — 2, требуется 0: проставить отметку «Урок проведен» для 2 уроков.');
  });
});

describe('«Что сделать» for the other rules', () => {
  it('count ≥ n: «не менее 4», and what is still to be done', () => {
    const row = word({ value: 2, target: 4, unit: null, shortfall: { count: 2, noun: MEETING } }, { kind: 'count_at_least', measure: 'rmo_count', target: 4 });
    expect(row.target).toBe('не менее 4');
    expect(row.comment).toBe('провести ещё 2 заседания РМО');
  });

  it('counts that must be equal: the discrepancy', () => {
    const row = word(
      { value: 41, target: 38, unit: null, shortfall: { count: 3, noun: CARD }, detail: 'Заполненных карточек сотрудников в КП: 41, … — числа должны совпадать' },
      { kind: 'counts_equal', left: 'kp_staff_cards', right: 'esh_staff_profiles' },
    );
    expect(row.comment).toBe('устранить расхождение: 3 карточки');
  });

  it('a value ≥ n: raise it to the target', () => {
    const row = word({ value: 12, target: 20, unit: 'Мбит/с', shortfall: null }, { kind: 'value_at_least', measure: 'internet_speed', target: 20, unit: 'Мбит/с' });
    expect([row.value, row.target, row.comment]).toEqual(['12 Мбит/с', 'не менее 20 Мбит/с', 'повысить до 20 Мбит/с']);
  });
});

describe('reports due by a date', () => {
  const REPORT = { indicator: 'Информация об обучении работе в ИКОП «Сферум» направлена в УО', unit: null, shortfall: null, target: '2025-02-14' };

  it('late: lateness in working days, with the unit named (Fri 14.02 → Mon 17.02 is one)', () => {
    const row = word({ ...REPORT, status: 'late', value: '2025-02-17', deadline: '2025-02-14' });
    expect(row.indicator).toBe('Информация об обучении работе в ИКОП «Сферум»');
    expect(row.statusText).toBe('направлена с опозданием на 1 рабочий день');
    expect([row.value, row.target, row.comment]).toEqual(['17.02.2025', 'до 14.02.2025', 'пояснить причину опоздания']);
    expect(row.sentence).toBe(
      'Информация об обучении работе в ИКОП «Сферум» направлена 17.02.2025, с опозданием на 1 рабочий день (срок — до 14.02.2025).',
    );
    expect(word({ ...REPORT, status: 'late', value: '2025-02-21', deadline: '2025-02-14' }).statusText).toBe(
      'направлена с опозданием на 5 рабочих дней',
    );
    expect(word({ ...REPORT, status: 'late', value: '2025-02-18', deadline: '2025-02-14' }).statusText).toBe(
      'направлена с опозданием на 2 рабочих дня',
    );
    // Sent on Sunday after a Friday deadline.
    expect(word({ ...REPORT, status: 'late', value: '2025-02-16', deadline: '2025-02-14' }).statusText).toBe(
      'направлена с опозданием, в нерабочий день после срока',
    );
  });

  it('missing: not sent, what to do', () => {
    const row = word({ ...REPORT, status: 'missing', value: null, deadline: '2025-02-14' });
    expect([row.statusText, row.value, row.target, row.comment]).toEqual(['не направлена', '—', 'до 14.02.2025', 'направить информацию в УО']);
  });

  it('a report missed in the previous round too is not «повторно»: the same deadline, missed once', () => {
    expect(word({ ...REPORT, status: 'missing', value: null, deadline: '2025-02-14', comparison: 'repeated' }).repeated).toBe(false);
  });
});

describe('no data and data errors, in words for a school', () => {
  it('no data: nothing internal about sheets', () => {
    const row = word({ status: 'no_data', value: null, shortfall: null, detail: 'организации нет в таблице «ФГИС МШ»' }, SHARE);
    expect([row.statusText, row.value, row.target, row.comment]).toEqual(['нет данных', '—', '100 %', 'представить сведения']);
    expect(row.sentence).not.toMatch(/таблиц|ФГИС МШ»/);
  });

  it.each([
    ['Педагогов зарегистрировано во ФГИС «Моя школа»: 55 — больше, чем «Педагогов всего (по ОО-1)»: 51', 'исправить сведения: указано 55, а всего по форме ОО-1 — 51'],
    ['Чатов в «Сферуме»: 30 — больше, чем «Чатов классов с родителями всего»: 25', 'исправить сведения: число 30 больше общего числа 25'],
    ['Педагогов всего (по ОО-1): отрицательное значение −3', 'исправить отрицательное значение −3'],
    ['Доля педагогов, %: 112,5 % — больше 100 %', 'исправить долю 112,5 %: она больше 100 %'],
    ['численность по ОО-1 равна 0: долю посчитать нельзя', 'указать численность по форме ОО-1 (указано 0)'],
    ['Педагогов всего (по ОО-1): вместо числа указано «да»', 'указать число вместо «да»'],
    ['Педагогов всего (по ОО-1): не удалось прочитать «сорок» (не число)', 'исправить значение «сорок»'],
    ['что-то совсем другое', 'проверить и исправить сведения'],
  ])('«%s» → «%s»', (detail, action) => {
    const row = word({ status: 'data_error', value: null, shortfall: null, detail }, SHARE);
    expect(row.statusText).toBe('ошибка в данных');
    expect(row.comment).toBe(action);
  });
});

describe('«повторно»', () => {
  it('marks a recurring indicator', () => {
    expect(word({ comparison: 'repeated' }, SHARE).repeated).toBe(true);
    expect(word({ comparison: 'worsened' }, SHARE).repeated).toBe(false);
  });
});
