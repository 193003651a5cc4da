import { evaluate } from '../../../src/core/evaluate/evaluate';
import { Finding } from '../../../src/core/model/finding';
import { countGenitive } from '../../../src/core/model/nouns';
import { aRegistry, aRoadmap, aSchool, aTable, anItem, invalid, teachersRegistered } from './builders';

const school1 = aSchool('МБОУ «СОШ № 1»').withInn('6501000001').build();
const school2 = aSchool('МБОУ «СОШ № 2»').withInn('6501000002').build();
const roadmap = aRoadmap([anItem('3.2', [teachersRegistered(100), { ...teachersRegistered(90), id: '3.2-teachers-90' }])]);

function findingsFor(rows: (t: ReturnType<typeof aTable>) => ReturnType<typeof aTable>, asOf = '2025-03-03'): Finding[] {
  const table = rows(aTable('ФГИС МШ')).build();
  return evaluate({ roadmap, registry: aRegistry(school1, school2), tables: [table], asOf }).findings;
}

const of = (findings: Finding[], schoolId: string, indicatorId = '3.2-teachers-registered'): Finding => {
  const found = findings.find((f) => f.schoolId === schoolId && f.indicatorId === indicatorId);
  if (!found) throw new Error(`no finding for ${schoolId} × ${indicatorId}`);
  return found;
};

describe('share of a headcount ≥ target (3.2: teachers registered in ФГИС «Моя школа»)', () => {
  it('says how many teachers are short of 100 %: 37 of 40 → «3 педагогов»', () => {
    const findings = findingsFor((t) => t.row(school1, { teachers_total: 40, teachers_fgis_registered: 37 }));
    const f = of(findings, school1.id);
    expect(f.status).toBe('not_met');
    expect(f.value).toBeCloseTo(92.5, 10);
    expect(f.target).toBe(100);
    expect(f.unit).toBe('%');
    expect(f.shortfall && f.shortfall.noun && countGenitive(f.shortfall.count, f.shortfall.noun)).toBe('3 педагогов');
    expect([f.sheet, f.cell]).toEqual(['ФГИС МШ', 'D5']);
    expect(f.detail).toBe('37 из 40');
  });

  it('keeps the full precision of the share: 2 of 3 is 66.666…, not 66.7', () => {
    const f = of(
      findingsFor((t) => t.row(school1, { teachers_total: 3, teachers_fgis_registered: 2 })),
      school1.id,
    );
    expect(f.value).toBeCloseTo(200 / 3, 12);
    expect(f.shortfall?.count).toBe(1);
  });

  it('meets 90 % with exactly 36 of 40 despite floating-point noise', () => {
    const findings = findingsFor((t) => t.row(school1, { teachers_total: 40, teachers_fgis_registered: 36 }));
    expect(of(findings, school1.id, '3.2-teachers-90').status).toBe('met');
    expect(of(findings, school1.id).shortfall?.count).toBe(4);
  });

  it('rounds the shortfall up: 90 % of 41 teachers needs 37, so 35 registered are 2 short', () => {
    const findings = findingsFor((t) => t.row(school1, { teachers_total: 41, teachers_fgis_registered: 35 }));
    expect(of(findings, school1.id, '3.2-teachers-90').shortfall?.count).toBe(2);
  });

  it('takes the ОО-1 headcount from another sheet', () => {
    const oo1 = aTable('ОО-1').row(school1, { teachers_total: 40 }).row(school2, { teachers_total: 25 }).build();
    const fgis = aTable('ФГИС МШ').row(school1, { teachers_fgis_registered: 40 }).row(school2, { teachers_fgis_registered: 20 }).build();
    const { findings } = evaluate({ roadmap, registry: aRegistry(school1, school2), tables: [oo1, fgis], asOf: '2025-03-03' });
    expect(of(findings, school1.id).status).toBe('met');
    const f2 = of(findings, school2.id);
    expect([f2.status, f2.value, f2.shortfall?.count, f2.sheet, f2.cell]).toEqual(['not_met', 80, 5, 'ФГИС МШ', 'C6']);
  });

  it('does not judge a sheet that has only the headcount: no finding at all', () => {
    const oo1 = aTable('ОО-1').row(school1, { teachers_total: 40 }).build();
    const { findings } = evaluate({ roadmap, registry: aRegistry(school1), tables: [oo1], asOf: '2025-03-03' });
    expect(findings).toEqual([]);
  });

  it('reports no data for «н/д» in the registered column, pointing at that cell', () => {
    const f = of(
      findingsFor((t) => t.row(school1, { teachers_total: 40, teachers_fgis_registered: 'н/д' })),
      school1.id,
    );
    expect([f.status, f.sheet, f.cell, f.value, f.target]).toEqual(['no_data', 'ФГИС МШ', 'D5', null, 100]);
  });

  it('reports no data for a school of the registry missing from the sheet', () => {
    const f = of(
      findingsFor((t) => t.row(school1, { teachers_total: 40, teachers_fgis_registered: 40 })),
      school2.id,
    );
    expect([f.status, f.sheet, f.cell]).toEqual(['no_data', 'ФГИС МШ', null]);
    expect(f.detail).toBe('организации нет в таблице «ФГИС МШ»');
  });

  it('names the missing headcount when only the registered count is there', () => {
    const f = of(
      findingsFor((t) => t.row(school1, { teachers_total: null, teachers_fgis_registered: 30 })),
      school1.id,
    );
    expect([f.status, f.cell]).toEqual(['no_data', 'C5']);
    expect(f.detail).toBe('нет данных: Педагогов всего (по ОО-1)');
  });

  it('uses the percent column when counts are not given, with a shortfall once the headcount is known', () => {
    const findings = findingsFor((t) =>
      t.row(school1, { teachers_fgis_registered_pct: 85 }).row(school2, { teachers_fgis_registered_pct: 80, teachers_total: 40 }),
    );
    const f1 = of(findings, school1.id);
    expect([f1.status, f1.value, f1.shortfall, f1.cell]).toEqual(['not_met', 85, null, 'C5']);
    const f2 = of(findings, school2.id);
    expect([f2.status, f2.value, f2.shortfall?.count]).toEqual(['not_met', 80, 8]);
    expect(of(findings, school2.id, '3.2-teachers-90').shortfall?.count).toBe(4);
  });

  describe('impossible data is a data_error, never clamped to 100 %', () => {
    it('more registered than the ОО-1 headcount', () => {
      const f = of(
        findingsFor((t) => t.row(school1, { teachers_total: 40, teachers_fgis_registered: 45 })),
        school1.id,
      );
      expect([f.status, f.value, f.cell]).toEqual(['data_error', null, 'D5']);
      expect(f.detail).toContain('45');
      expect(f.detail).toContain('40');
    });

    it('a headcount of 0', () => {
      const f = of(
        findingsFor((t) => t.row(school1, { teachers_total: 0, teachers_fgis_registered: 0 })),
        school1.id,
      );
      expect([f.status, f.cell, f.detail]).toEqual(['data_error', 'C5', 'численность по ОО-1 равна 0: долю посчитать нельзя']);
    });

    it('a negative count', () => {
      const f = of(
        findingsFor((t) => t.row(school1, { teachers_total: 40, teachers_fgis_registered: -3 })),
        school1.id,
      );
      expect(f.status).toBe('data_error');
      expect(f.detail).toContain('отрицательное');
    });

    it('a share above 100 %', () => {
      const f = of(
        findingsFor((t) => t.row(school1, { teachers_fgis_registered_pct: 112.5 })),
        school1.id,
      );
      expect(f.status).toBe('data_error');
      expect(f.detail).toContain('112,5 % — больше 100 %');
    });

    it('an unreadable cell', () => {
      const f = of(
        findingsFor((t) => t.row(school1, { teachers_total: 40, teachers_fgis_registered: invalid('много') })),
        school1.id,
      );
      expect([f.status, f.cell]).toEqual(['data_error', 'D5']);
      expect(f.detail).toContain('«много»');
    });
  });
});
