import { evaluate } from '../../../src/core/evaluate/evaluate';
import { EvaluationInput } from '../../../src/core/evaluate/evaluation';
import { FINDING_STATUSES } from '../../../src/core/model/finding';
import { countGenitive } from '../../../src/core/model/nouns';
import { getPreset } from '../../../src/core/roadmap/presets';
import { Roadmap } from '../../../src/core/roadmap/schema';
import { aRegistry, aRoadmap, aSchool, aTable, anIndicator, anItem, teachersRegistered } from './builders';

function preset(id: string): Roadmap {
  const roadmap = getPreset(id);
  if (!roadmap) throw new Error(`preset ${id} is missing`);
  return roadmap;
}

const school1 = aSchool('МБОУ «СОШ № 1»').withInn('6501000001').build();
const school2 = aSchool('МБОУ «СОШ № 2 им. А.С. Пушкина»').withInn('6501000002').build();
const school3 = aSchool('МКОУ «ООШ с. Озёрное»').flagship().build();
const registry = aRegistry(school1, school2, school3);

/** A monitoring of 03.03.2025 as the УО gathers it: ОО-1 headcounts, the ФГИС export, a school-filled sheet. */
function monitoringOf3March(): EvaluationInput {
  const oo1 = aTable('ОО-1')
    .row(school1, { teachers_total: 40, students_total: 512 })
    .row(school2, { teachers_total: 35, students_total: 401 })
    .row(school3, { teachers_total: 12, students_total: 0 })
    .build();
  const fgis = aTable('ФГИС МШ на 03.03.2025')
    .asOf('2025-03-03')
    .row(school1, { teachers_fgis_registered: 37, teachers_fgis_active: 30, students_fgis_registered: 500 })
    .row(school2, { teachers_fgis_registered: 35, teachers_fgis_active: 'н/д', students_fgis_registered: 420 })
    .row(school3, { teachers_fgis_registered: 12, teachers_fgis_active: 11, students_fgis_registered: 10 })
    .unmatchedRow('ИТОГО', { teachers_fgis_registered: 84 })
    .build();
  const reports = aTable('Отчёты ОО')
    .row(school1, {
      report_2_6: '2025-02-13',
      report_3_1: '2025-02-17',
      social_posts_week: 4,
      software_spent: 100000,
      software_domestic_spent: 30000,
    })
    .row(school3, { report_2_6: null, report_3_1: '2025-02-14', social_posts_week: 4 })
    .build();
  return { roadmap: preset('municipal-2025'), registry, tables: [oo1, fgis, reports], asOf: '2025-03-03' };
}

describe('evaluate on the municipal-2025 preset', () => {
  const evaluation = evaluate(monitoringOf3March());
  const find = (schoolId: string, indicatorId: string) =>
    evaluation.findings.find((f) => f.schoolId === schoolId && f.indicatorId === indicatorId);

  it('judges school 1 short of 3 teachers in ФГИС «Моя школа»', () => {
    const f = find(school1.id, '3.2-teachers-registered');
    expect([f?.item, f?.status, f?.sheet, f?.cell]).toEqual(['3.2', 'not_met', 'ФГИС МШ на 03.03.2025', 'C5']);
    expect(f?.shortfall?.noun && countGenitive(f.shortfall.count, f.shortfall.noun)).toBe('3 педагогов');
  });

  it('reports the impossible student count of school 2 and the zero headcount of school 3', () => {
    expect(find(school2.id, '3.3-students-registered')?.status).toBe('data_error');
    expect(find(school3.id, '3.3-students-registered')?.detail).toBe('численность по ОО-1 равна 0: долю посчитать нельзя');
  });

  it('asks a flagship page for 5 posts a week', () => {
    expect([find(school1.id, '5.3-posts-week')?.status, find(school3.id, '5.3-posts-week')?.status]).toEqual(['met', 'not_met']);
  });

  it('gives no shortfall in people for a share of roubles (5.5)', () => {
    const f = find(school1.id, '5.5-domestic-software');
    expect([f?.status, f?.value, f?.shortfall]).toEqual(['not_met', 30, null]);
  });

  it('finds late, missing and absent reports', () => {
    expect(find(school1.id, '3.1-report')?.status).toBe('late');
    expect(find(school3.id, '2.6-report')?.status).toBe('missing');
    expect(find(school2.id, '2.6-report')?.status).toBe('no_data');
  });

  it('says nothing about indicators no sheet covers (site, КП, lessons)', () => {
    const items = new Set(evaluation.findings.map((f) => f.item));
    expect([...items]).toEqual(['2.6', '3.1', '3.2', '3.3', '5.3', '5.5']);
  });

  it('orders findings by registry order, then roadmap order', () => {
    const order = evaluation.findings.map((f) => `${registry.schools.findIndex((s) => s.id === f.schoolId)}:${f.item}`);
    const schools = order.map((o) => Number(o.split(':')[0]));
    expect([...schools].sort((a, b) => a - b)).toEqual(schools);
    expect(evaluation.findings.slice(0, 3).map((f) => f.indicatorId)).toEqual(['2.6-report', '3.1-report', '3.2-teachers-registered']);
  });

  it('gives the same output for the same input', () => {
    expect(evaluate(monitoringOf3March())).toEqual(evaluation);
  });

  it('shows the municipal total of teachers registered: 84 of 87', () => {
    const a = evaluation.aggregates.find((x) => x.indicatorId === '3.2-teachers-registered');
    expect([a?.scope, a?.numerator, a?.denominator, a?.status]).toEqual(['school', 84, 87, 'not_met']);
  });

  it('calls the monitoring of 2025-03-03 due and earlier monitorings of 3.2 done', () => {
    const ofItem = evaluation.calendar.filter((e) => e.item === '3.2' && e.date <= '2025-03-03');
    expect(ofItem.map((e) => [e.date, e.state])).toEqual([
      ['2025-01-13', 'done'],
      ['2025-01-27', 'done'],
      ['2025-02-10', 'done'],
      ['2025-02-24', 'done'],
    ]);
    expect(evaluation.calendar.find((e) => e.item === '2.2' && e.kind === 'window')?.state).toBe('due');
  });
});

describe('evaluate on the school-2023 preset', () => {
  it('judges schools against the municipal 70 % of students registered', () => {
    const table = aTable('ФГИС МШ')
      .row(school1, { students_total: 500, students_fgis_registered: 400 })
      .row(school2, { students_total: 500, students_fgis_registered: 300 })
      .build();
    const { aggregates } = evaluate({ roadmap: preset('school-2023'), registry, tables: [table], asOf: '2023-06-01' });
    const municipal = aggregates.filter((a) => a.scope === 'municipal');
    expect(municipal.map((a) => [a.indicatorId, a.status, a.value, a.target])).toEqual([
      ['2-students-registered', 'met', 70, 70],
      ['indicator-2-students-access', 'met', 70, 15],
    ]);
  });
});

describe('diagnostics', () => {
  it('warns about a sheet whose rows match no school and about a year without a production calendar', () => {
    const stranger = aTable('Чужой район').unmatchedRow('МБОУ «СОШ № 77»', { lessons_without_mark: 1 }).build();
    const roadmap = aRoadmap([anItem('2.4', [anIndicator('l', 'Уроки', { kind: 'count_zero', measure: 'lessons_without_mark' })])], 2027);
    const { diagnostics, findings } = evaluate({ roadmap, registry, tables: [stranger], asOf: '2027-02-01' });
    expect(diagnostics.map((d) => [d.id, d.severity, d.sheet])).toEqual([
      ['evaluate.table-matches-no-school', 'warning', 'Чужой район'],
      ['calendar.year-not-covered', 'warning', null],
    ]);
    expect(findings.every((f) => f.status === 'no_data')).toBe(true);
  });

  it('warns when a school is listed twice on one sheet and keeps the filled value', () => {
    const table = aTable('ФГИС МШ')
      .row(school1, { teachers_total: 40, teachers_fgis_registered: 'н/д' })
      .row(school1, { teachers_total: 40, teachers_fgis_registered: 40 })
      .build();
    const { diagnostics, findings } = evaluate({
      roadmap: aRoadmap([anItem('3.2', [teachersRegistered()])]),
      registry,
      tables: [table],
      asOf: '2025-03-03',
    });
    expect(diagnostics.map((d) => [d.id, d.cell])).toEqual([['evaluate.duplicate-school-row', 'A6']]);
    expect(findings[0]).toMatchObject({ status: 'met', cell: 'D6' });
  });
});

describe('every status is reachable', () => {
  it('covers the seven statuses across the test data of this suite', () => {
    const seen = new Set(evaluate(monitoringOf3March()).findings.map((f) => f.status));
    const notDue = evaluate({ ...monitoringOf3March(), asOf: '2025-02-10' }).findings.map((f) => f.status);
    for (const s of notDue) seen.add(s);
    expect([...seen].sort()).toEqual([...FINDING_STATUSES].sort());
  });
});
