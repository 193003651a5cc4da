import { evaluate } from '../../../src/core/evaluate/evaluate';
import { EvaluatedAggregate } from '../../../src/core/evaluate/evaluation';
import { aRegistry, aRoadmap, aSchool, aTable, anIndicator, anItem, teachersRegistered } from './builders';

const school1 = aSchool('МБОУ «СОШ № 1»').withInn('6501000001').build();
const school2 = aSchool('МБОУ «СОШ № 2»').withInn('6501000002').build();
const school3 = aSchool('МБОУ «СОШ № 3»').withInn('6501000003').build();
const school4 = aSchool('МБОУ «ООШ № 4»').withInn('6501000004').build();
const registry = aRegistry(school1, school2, school3, school4);

// The school roadmap 2023: municipal targets over all schools.
const studentsRegistered = anIndicator(
  '1-students-registered',
  'Доля обучающихся, зарегистрированных во ФГИС «Моя школа»',
  { kind: 'share_at_least', numerator: 'students_fgis_registered', denominator: 'students_total', target: 70 },
  { scope: 'municipal' },
);
const schoolsInPrograms = anIndicator(
  '4-schools-programs',
  'Доля ОО, использующих ФГИС «Моя школа» в образовательных программах',
  { kind: 'complete', fields: ['school_fgis_programs'], schoolsTarget: 20 },
  { scope: 'municipal' },
);
const rmo = anIndicator('9-rmo', 'Проведено РМО', { kind: 'count_at_least', measure: 'rmo_count', target: 4 }, { scope: 'municipal' });
const roadmap = aRoadmap(
  [anItem('1', [studentsRegistered]), anItem('2', [teachersRegistered(100)]), anItem('4', [schoolsInPrograms]), anItem('9', [rmo])],
  2023,
);

const table = aTable('Мониторинг ФГИС')
  .row(school1, {
    students_total: 500,
    students_fgis_registered: 400,
    teachers_total: 40,
    teachers_fgis_registered: 40,
    school_fgis_programs: true,
    rmo_count: 1,
  })
  .row(school2, {
    students_total: 300,
    students_fgis_registered: 150,
    teachers_total: 20,
    teachers_fgis_registered: 15,
    school_fgis_programs: false,
    rmo_count: 2,
  })
  // Impossible: more registered than enrolled. Left out of the sums, not clamped.
  .row(school3, {
    students_total: 100,
    students_fgis_registered: 130,
    teachers_total: 10,
    teachers_fgis_registered: 'н/д',
    school_fgis_programs: false,
    rmo_count: 0,
  })
  .build();
const evaluation = evaluate({ roadmap, registry, tables: [table], asOf: '2023-12-01' });
const aggregate = (id: string): EvaluatedAggregate => evaluation.aggregates.find((a) => a.indicatorId === id) as EvaluatedAggregate;

describe('municipal aggregates', () => {
  it('sums numerators over denominators, leaving out the school with impossible data: 550 of 800', () => {
    const a = aggregate('1-students-registered');
    expect([a.scope, a.status, a.numerator, a.denominator, a.schoolsCounted, a.schoolsWithErrors]).toEqual([
      'municipal',
      'not_met',
      550,
      800,
      2,
      1,
    ]);
    expect(a.value).toBeCloseTo(68.75, 10);
    expect([a.target, a.unit]).toEqual([70, '%']);
  });

  it('gives no per-school findings for a municipal indicator', () => {
    expect(evaluation.findings.some((f) => f.indicatorId === '1-students-registered')).toBe(false);
  });

  it('tells the user which total left schools out', () => {
    const d = evaluation.diagnostics.find((x) => x.id === 'evaluate.aggregate-excludes-errors');
    expect(d?.message).toContain('Доля обучающихся, зарегистрированных во ФГИС «Моя школа»');
  });

  it('adds an informational total for a per-school share: 55 of 60 teachers', () => {
    const a = aggregate('3.2-teachers-registered');
    expect([a.scope, a.status, a.numerator, a.denominator, a.schoolsCounted]).toEqual(['school', 'not_met', 55, 60, 2]);
  });

  it('counts the share of schools complete over the whole registry: 1 of 4 schools is 25 % ≥ 20 %', () => {
    const a = aggregate('4-schools-programs');
    expect([a.status, a.numerator, a.denominator, a.value, a.target]).toEqual(['met', 1, 4, 25, 20]);
  });

  it('sums counts: 3 РМО of the 4 required', () => {
    const a = aggregate('9-rmo');
    expect([a.status, a.value, a.target, a.schoolsCounted]).toEqual(['not_met', 3, 4, 3]);
  });

  it('has no data when no school gave a usable number', () => {
    const empty = aTable('Мониторинг ФГИС').row(school1, { students_total: 0, students_fgis_registered: 0 }).build();
    const { aggregates } = evaluate({ roadmap, registry, tables: [empty], asOf: '2023-12-01' });
    const a = aggregates.find((x) => x.indicatorId === '1-students-registered');
    expect([a?.status, a?.value, a?.schoolsWithErrors]).toEqual(['no_data', null, 1]);
  });
});
