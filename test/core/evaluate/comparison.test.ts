import { evaluate } from '../../../src/core/evaluate/evaluate';
import { PreviousRound } from '../../../src/core/evaluate/evaluation';
import { Finding } from '../../../src/core/model/finding';
import { aRegistry, aRoadmap, aSchool, aTable, anIndicator, anItem, teachersRegistered } from './builders';

const school1 = aSchool('МБОУ «СОШ № 1»').withInn('6501000001').build();
const school2 = aSchool('МБОУ «СОШ № 2»').build();
const school3 = aSchool('МБОУ «СОШ № 3»').withInn('6501000003').build();
const school4 = aSchool('МБОУ «СОШ № 4»').withInn('6501000004').build();
const registry = aRegistry(school1, school2, school3, school4);

const lessons = anIndicator('2.4-lessons', 'Уроков без отметки', { kind: 'count_zero', measure: 'lessons_without_mark' });
const roadmap = aRoadmap([anItem('2.4', [lessons]), anItem('3.2', [teachersRegistered(100)])]);

// Round of 03.03.2025: school 1 and 2 were short of teachers, 3 was fine; nobody had lessons data.
const previous: PreviousRound = {
  asOf: '2025-03-03',
  findings: [
    {
      school: 'МБОУ СОШ №1 (другое написание)',
      inn: '6501000001',
      item: '3.2',
      indicatorId: '3.2-teachers-registered',
      status: 'not_met',
      value: 80,
    },
    { school: 'мбоу сош №2', inn: null, item: '3.2', indicatorId: '3.2-teachers-registered', status: 'no_data', value: null },
    { school: 'МБОУ «СОШ № 3»', inn: '6501000003', item: '3.2', indicatorId: '3.2-teachers-registered', status: 'met', value: 100 },
    { school: 'МБОУ «СОШ № 4»', inn: '6501000004', item: '3.2', indicatorId: '3.2-teachers-registered', status: 'met', value: 100 },
  ],
};

// Round of 17.03.2025.
const table = aTable('ФГИС МШ')
  .row(school1, { teachers_total: 40, teachers_fgis_registered: 38, lessons_without_mark: 0 })
  .row(school2, { teachers_total: 20, teachers_fgis_registered: 20, lessons_without_mark: 0 })
  .row(school3, { teachers_total: 30, teachers_fgis_registered: 29, lessons_without_mark: 0 })
  .row(school4, { teachers_total: 25, teachers_fgis_registered: 25, lessons_without_mark: 2 })
  .build();

const comparisonOf = (findings: Finding[], schoolId: string, indicatorId: string): Finding['comparison'] =>
  findings.find((f) => f.schoolId === schoolId && f.indicatorId === indicatorId)?.comparison ?? null;

describe('comparison with the previous round', () => {
  const { findings } = evaluate({ roadmap, registry, tables: [table], asOf: '2025-03-17', previous });

  it('calls a second shortfall in a row «repeated», matching the school by ИНН despite another spelling', () => {
    expect(comparisonOf(findings, school1.id, '3.2-teachers-registered')).toBe('repeated');
  });

  it('matches a school without ИНН by its normalised name: no data before, all registered now → improved', () => {
    expect(comparisonOf(findings, school2.id, '3.2-teachers-registered')).toBe('improved');
  });

  it('calls met → not met «worsened» and met → met «unchanged»', () => {
    expect(comparisonOf(findings, school3.id, '3.2-teachers-registered')).toBe('worsened');
    expect(comparisonOf(findings, school4.id, '3.2-teachers-registered')).toBe('unchanged');
  });

  it('calls an indicator the previous round did not have «new»', () => {
    expect(comparisonOf(findings, school4.id, '2.4-lessons')).toBe('new');
  });

  it('leaves comparison empty when there is no previous round', () => {
    const first = evaluate({ roadmap, registry, tables: [table], asOf: '2025-03-17' });
    expect(first.findings.every((f) => f.comparison === null)).toBe(true);
  });
});
