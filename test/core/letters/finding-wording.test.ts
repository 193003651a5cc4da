import { wordFinding } from '../../../src/core/letters/finding-wording';
import { noun } from '../../../src/core/model/nouns';
import { aFinding, STUDENT, TEACHER } from './letter-fixtures';

const ctx = { asOf: '2025-03-03', dateStyle: 'numeric' as const };
const word = (overrides: Parameters<typeof aFinding>[0]) => {
  const row = wordFinding(aFinding(overrides), ctx);
  return {
    ...row,
    sentence: row.sentence.replace(/\u00A0/g, ' '),
    comment: row.comment.replace(/\u00A0/g, ' '),
    value: row.value.replace(/\u00A0/g, ' '),
  };
};

describe('wording each kind of finding', () => {
  it.each([
    [1, '1 педагога'],
    [3, '3 педагогов'],
    [11, '11 педагогов'],
    [21, '21 педагога'],
    [24, '24 педагогов'],
  ])('a shortfall of %i reads «не хватает %s»', (count, words) => {
    expect(word({ shortfall: { count, noun: TEACHER } }).comment).toBe(`не хватает ${words} до 100 %`);
  });

  it('puts a share’s counts next to its percentage', () => {
    const row = word({ value: 98.3, detail: '59 из 60', shortfall: { count: 1, noun: TEACHER } });
    expect(row.value).toBe('98,3 % (59 из 60)');
    expect(row.comment).toBe('не хватает 1 педагога до 100 %');
    expect(row.sentence).toBe(
      'Доля педагогов, зарегистрированных во ФГИС «Моя школа»: 98,3 % (59 из 60) при целевом значении 100 %, не хватает 1 педагога до 100 %.',
    );
  });

  it('students: «не хватает 1 обучающегося», «не хватает 5 обучающихся»', () => {
    expect(word({ shortfall: { count: 1, noun: STUDENT } }).comment).toBe('не хватает 1 обучающегося до 100 %');
    expect(word({ shortfall: { count: 5, noun: STUDENT } }).comment).toBe('не хватает 5 обучающихся до 100 %');
  });

  it('a count that must be zero asks to fix every one of them', () => {
    const lesson = noun('урок', 'урока', 'уроков');
    const row = word({
      indicator: 'Уроков без отметки «Урок проведен»',
      value: 12,
      target: 0,
      unit: null,
      shortfall: { count: 12, noun: lesson },
    });
    expect(row.sentence).toBe('Уроков без отметки «Урок проведен»: 12 при целевом значении 0, требуется устранить: 12 уроков.');
    expect(word({ value: 1, target: 0, unit: null, shortfall: { count: 1, noun: lesson } }).comment).toBe('требуется устранить: 1 урок');
    expect(word({ value: 12, target: 0, unit: null, shortfall: null }).comment).toBe('превышает целевое значение');
  });

  it('two counts that must match: the gap and the evaluator’s explanation', () => {
    const card = noun('карточка', 'карточки', 'карточек');
    const row = word({
      indicator: 'Карточки сотрудников в КП совпадают с профилями в ЭШ',
      value: 41,
      target: 38,
      unit: null,
      shortfall: { count: 3, noun: card },
      detail: 'Заполненных карточек сотрудников в КП: 41, заполненных профилей сотрудников в ЭШ: 38 — числа должны совпадать',
    });
    expect(row.comment).toBe(
      'расхождение: 3 карточки; заполненных карточек сотрудников в КП: 41, заполненных профилей сотрудников в ЭШ: 38 — числа должны совпадать',
    );
    expect(word({ value: 36, target: 38, unit: null, shortfall: { count: 2, noun: card }, detail: null }).comment).toBe(
      'не хватает 2 карточек до 38',
    );
  });

  it('no data: names the monitoring date', () => {
    const row = word({ status: 'no_data', value: null, shortfall: null });
    expect(row.statusText).toBe('Нет данных');
    expect(row.value).toBe('—');
    expect(row.sentence).toBe(
      'Доля педагогов, зарегистрированных во ФГИС «Моя школа»: сведения по состоянию на 03.03.2025 не представлены.',
    );
  });

  it('late: the date sent, the deadline and the days of delay', () => {
    const row = word({
      status: 'late',
      value: '2025-02-17',
      deadline: '2025-02-14',
      unit: null,
      shortfall: null,
      indicator: 'Информация об обучении работе в «Сферуме»',
    });
    expect(row.sentence).toBe(
      'Информация об обучении работе в «Сферуме»: информация направлена 17.02.2025 с нарушением срока (до 14.02.2025), опоздание на 3 дня.',
    );
    expect(word({ status: 'late', value: '2025-02-15', deadline: '2025-02-14', shortfall: null }).comment).toBe(
      'направлено 15.02.2025, срок — до 14.02.2025, опоздание на 1 день',
    );
    expect(word({ status: 'late', value: '2025-02-21', deadline: '2025-02-14', shortfall: null }).comment).toContain('опоздание на 7 дней');
  });

  it('missing: the deadline passed and nothing came', () => {
    const row = word({
      status: 'missing',
      value: null,
      deadline: '2025-02-14',
      shortfall: null,
      indicator: 'Информация об обучении работе в «Сферуме»',
    });
    expect(row.statusText).toBe('Не представлено');
    expect(row.sentence).toBe(
      'Информация об обучении работе в «Сферуме»: срок представления информации (до 14.02.2025) истёк, информация не направлена.',
    );
  });

  it('data error: says what is impossible, never clamps it', () => {
    const row = word({
      status: 'data_error',
      value: 112.5,
      shortfall: null,
      detail: 'Зарегистрировано 27 педагогов при численности по ОО-1 24.',
    });
    expect(row.value).toBe('112,5 %');
    expect(row.sentence).toBe(
      'Доля педагогов, зарегистрированных во ФГИС «Моя школа»: представлены недостоверные данные — зарегистрировано 27 педагогов при численности по ОО-1 24.',
    );
  });

  it('«повторно» for an item that was a finding in the previous round too', () => {
    const row = word({ comparison: 'repeated' });
    expect(row.repeated).toBe(true);
    expect(row.statusText).toBe('Не выполнено (повторно)');
    expect(row.sentence).toMatch(/\(выявлено повторно\)\.$/);
    expect(word({ comparison: 'worsened' }).repeated).toBe(false);
  });
});
