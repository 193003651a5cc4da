import { evaluate } from '../../../src/core/evaluate/evaluate';
import { Finding } from '../../../src/core/model/finding';
import { countGenitive } from '../../../src/core/model/nouns';
import { aRegistry, aRoadmap, aSchool, aTable, anIndicator, anItem, invalid } from './builders';

const school1 = aSchool('МБОУ «СОШ № 1»').withInn('6501000001').build();
const school2 = aSchool('МБОУ «Гимназия № 2»').withInn('6501000002').flagship().build();
const registry = aRegistry(school1, school2);

const lessons = anIndicator('2.4-lessons', 'Уроков без отметки «Урок проведен»', { kind: 'count_zero', measure: 'lessons_without_mark' });
const posts = anIndicator('5.3-posts', 'Публикаций в неделю в госпаблике', {
  kind: 'count_at_least',
  measure: 'social_posts_week',
  target: 3,
  flagged: { flag: 'flagship', target: 5 },
});
const cards = anIndicator('5.1-cards', 'Карточек в КП столько же, сколько профилей в ЭШ', {
  kind: 'counts_equal',
  left: 'kp_staff_cards',
  right: 'esh_staff_profiles',
});
const speed = anIndicator('internet', 'Скорость Интернета', {
  kind: 'value_at_least',
  measure: 'internet_speed',
  target: 20,
  unit: 'Мбит/с',
});
const roadmap = aRoadmap([anItem('2.4', [lessons]), anItem('5.1', [cards]), anItem('5.3', [posts]), anItem('3', [speed])]);

function run(table: ReturnType<typeof aTable>): Finding[] {
  return evaluate({ roadmap, registry, tables: [table.build()], asOf: '2025-03-03' }).findings;
}
const pick = (findings: Finding[], schoolId: string, indicatorId: string): Finding =>
  findings.find((f) => f.schoolId === schoolId && f.indicatorId === indicatorId) as Finding;

describe('count must be 0 (2.4: lessons without «Урок проведен»)', () => {
  const findings = run(aTable('РИС ЭШ').row(school1, { lessons_without_mark: 12 }).row(school2, { lessons_without_mark: 0 }));

  it('counts every unmarked lesson as one to fix: «12 уроков»', () => {
    const f = pick(findings, school1.id, '2.4-lessons');
    expect([f.status, f.value, f.target, f.cell]).toEqual(['not_met', 12, 0, 'C5']);
    expect(f.shortfall && f.shortfall.noun && countGenitive(f.shortfall.count, f.shortfall.noun)).toBe('12 уроков');
  });

  it('meets the rule with 0', () => {
    expect(pick(findings, school2.id, '2.4-lessons').status).toBe('met');
  });

  it('rejects a negative count as impossible data', () => {
    const f = pick(run(aTable('РИС ЭШ').row(school1, { lessons_without_mark: -1 })), school1.id, '2.4-lessons');
    expect(f.status).toBe('data_error');
  });
});

describe('count ≥ n with a flagship threshold (5.3: posts a week)', () => {
  const findings = run(aTable('Госпаблики').row(school1, { social_posts_week: 3 }).row(school2, { social_posts_week: 4 }));

  it('asks 3 posts of an ordinary page', () => {
    const f = pick(findings, school1.id, '5.3-posts');
    expect([f.status, f.target]).toEqual(['met', 3]);
  });

  it('asks 5 posts of a flagship page, so 4 is one short', () => {
    const f = pick(findings, school2.id, '5.3-posts');
    expect([f.status, f.value, f.target, f.shortfall?.count]).toEqual(['not_met', 4, 5, 1]);
    expect(f.shortfall?.noun?.genOne).toBe('публикации');
  });

  it('judges an average over the weeks as it is: 3,2 meets 3, 2,4 falls short without a fraction of a post', () => {
    const averages = run(aTable('Госпаблики').row(school1, { social_posts_week: 3.2 }).row(school2, { social_posts_week: 4.6 }));
    expect(pick(averages, school1.id, '5.3-posts')).toMatchObject({ status: 'met', value: 3.2 });
    expect(pick(averages, school2.id, '5.3-posts')).toMatchObject({ status: 'not_met', value: 4.6, target: 5, shortfall: null });
  });

  it('reports an unreadable count as a data error with the reason', () => {
    const f = pick(run(aTable('Госпаблики').row(school1, { social_posts_week: invalid('ежедневно') })), school1.id, '5.3-posts');
    expect([f.status, f.cell]).toEqual(['data_error', 'C5']);
    expect(f.detail).toContain('«ежедневно»');
  });
});

describe('two counts must be equal (5.1: КП cards = ЭШ profiles)', () => {
  it('shows both numbers when they differ', () => {
    const findings = run(aTable('Кадры').row(school1, { kp_staff_cards: 45, esh_staff_profiles: 48 }));
    const f = pick(findings, school1.id, '5.1-cards');
    expect([f.status, f.value, f.target, f.shortfall?.count]).toEqual(['not_met', 45, 48, 3]);
    expect(f.detail).toBe('Заполненных карточек сотрудников в КП: 45, заполненных профилей сотрудников в ЭШ: 48 — числа должны совпадать');
  });

  it('meets the rule when they match, reading the right side from another sheet', () => {
    const kp = aTable('КП').row(school1, { kp_staff_cards: 45 }).build();
    const esh = aTable('ЭШ').row(school1, { esh_staff_profiles: 45 }).build();
    const { findings } = evaluate({ roadmap, registry, tables: [kp, esh], asOf: '2025-03-03' });
    expect(pick(findings, school1.id, '5.1-cards').status).toBe('met');
  });

  it('has no data when the ЭШ count is empty', () => {
    const f = pick(run(aTable('Кадры').row(school1, { kp_staff_cards: 45, esh_staff_profiles: '-' })), school1.id, '5.1-cards');
    expect([f.status, f.cell, f.detail]).toEqual(['no_data', 'D5', 'нет данных: Заполненных профилей сотрудников в ЭШ']);
  });
});

describe('value ≥ n with a unit (internet ≥ 20 Мбит/с)', () => {
  const findings = run(aTable('Интернет').row(school1, { internet_speed: 12.5 }).row(school2, { internet_speed: 100 }));

  it('is not met at 12,5 Мбит/с, with no people shortfall', () => {
    const f = pick(findings, school1.id, 'internet');
    expect([f.status, f.value, f.target, f.unit, f.shortfall]).toEqual(['not_met', 12.5, 20, 'Мбит/с', null]);
  });

  it('is met at 100 Мбит/с', () => {
    expect(pick(findings, school2.id, 'internet').status).toBe('met');
  });

  it('has no data for an empty cell', () => {
    const f = pick(run(aTable('Интернет').row(school1, { internet_speed: null })), school1.id, 'internet');
    expect([f.status, f.cell]).toEqual(['no_data', 'C5']);
  });
});

describe('impossible data in the two-count and value rules', () => {
  it('reports a negative ЭШ count as a data error at its cell', () => {
    const f = pick(run(aTable('Кадры').row(school1, { kp_staff_cards: 45, esh_staff_profiles: -45 })), school1.id, '5.1-cards');
    expect([f.status, f.cell]).toEqual(['data_error', 'D5']);
  });

  it('reports a flag where a speed belongs as a data error', () => {
    const f = pick(run(aTable('Интернет').row(school1, { internet_speed: true })), school1.id, 'internet');
    expect([f.status, f.detail]).toEqual(['data_error', 'Скорость Интернета, Мбит/с: вместо числа указано «да»']);
  });
});
