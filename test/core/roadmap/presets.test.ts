import { PRESET_IDS, getPreset, listPresets } from '../../../src/core/roadmap/presets';
import { roadmapSchema } from '../../../src/core/roadmap/schema';

/** Every item number of the municipal plan 2025 (seed 000), read off the document. */
// prettier-ignore
const MUNICIPAL_2025_ITEMS = [
  '1.1', '1.2', '1.3',
  '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10', '2.11',
  '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8',
  '4.1', '4.2',
  '5.1', '5.2', '5.3', '5.4', '5.5', '5.6',
];

/** The 11 items of the school roadmap 2023 (seed 002). */
const SCHOOL_2023_ITEMS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'];

describe('roadmap presets', () => {
  it.each(PRESET_IDS)('%s passes the roadmap schema', (id) => {
    const result = roadmapSchema.safeParse(getPreset(id));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('lists the shipped presets by id and title', () => {
    expect(listPresets().map((p) => p.id)).toEqual(PRESET_IDS);
    expect(getPreset('municipal-2025')?.year).toBe(2025);
    expect(getPreset('no-such-roadmap')).toBeUndefined();
  });

  it('hands out copies, so editing one does not change the shipped preset', () => {
    const edited = getPreset('municipal-2025')!;
    edited.items[0].title = 'изменено';
    expect(getPreset('municipal-2025')!.items[0].title).not.toBe('изменено');
  });

  describe('municipal-2025', () => {
    const roadmap = getPreset('municipal-2025')!;
    const byNumber = new Map(roadmap.items.map((i) => [i.number, i]));

    it('keeps every item of the plan, from 1.1 to 5.6, in order', () => {
      expect(roadmap.items.map((i) => i.number)).toEqual(MUNICIPAL_2025_ITEMS);
    });

    it('marks informing and training items as not monitored, and only those', () => {
      const notMonitored = roadmap.items.filter((i) => !i.monitored).map((i) => i.number);
      expect(notMonitored).toEqual(['1.1', '1.2', '2.1', '3.8', '4.1']);
      for (const i of roadmap.items) expect(i.monitored).toBe(i.indicators.length > 0);
    });

    it('flags the «*» footnote items of the plan', () => {
      const footnoted = roadmap.items.filter((i) => i.footnote).map((i) => i.number);
      expect(footnoted).toEqual(['2.2', '2.4', '2.5', '2.7', '2.8', '2.10', '2.11', '3.2', '3.3', '3.5', '3.6', '5.1', '5.2']);
    });

    it('reads 3.2 as 100 % of teachers (ОО-1) registered and 90 % active', () => {
      const rules = byNumber.get('3.2')!.indicators.map((i) => i.rule);
      expect(rules).toEqual([
        {
          kind: 'share_at_least',
          numerator: 'teachers_fgis_registered',
          denominator: 'teachers_total',
          percentMeasure: 'teachers_fgis_registered_pct',
          target: 100,
        },
        {
          kind: 'share_at_least',
          numerator: 'teachers_fgis_active',
          denominator: 'teachers_total',
          percentMeasure: 'teachers_fgis_active_pct',
          target: 90,
        },
      ]);
      expect(byNumber.get('3.2')!.control.schedules).toEqual([{ kind: 'every_n_weeks', weeks: 2, anchor: '2025-01-13' }]);
    });

    it('checks 2.5 every three weeks, but weekly from April to August', () => {
      expect(byNumber.get('2.5')!.control.schedules).toEqual([
        { kind: 'every_n_weeks', weeks: 3, anchor: '2025-01-13', months: [1, 2, 3, 9, 10, 11, 12] },
        { kind: 'weekly', months: [4, 5, 6, 7, 8] },
      ]);
    });

    it('asks for the reports of 2.3 by 07.02.2025 and of 2.6, 3.1, 3.4, 3.7 by 14.02.2025', () => {
      const deadlines = roadmap.items
        .flatMap((i) => i.indicators)
        .filter((ind) => ind.rule.kind === 'report_by')
        .map((ind) => (ind.rule.kind === 'report_by' ? [ind.rule.measure, ind.rule.deadline] : []));
      expect(deadlines).toEqual([
        ['report_2_3', '2025-02-07'],
        ['report_2_6', '2025-02-14'],
        ['report_3_1', '2025-02-14'],
        ['report_3_4', '2025-02-14'],
        ['report_3_7', '2025-02-14'],
      ]);
    });

    it('wants 3 posts a week from a school page and 5 from a flagship page (5.3)', () => {
      const posts = byNumber.get('5.3')!.indicators.find((i) => i.id === '5.3-posts-week')!;
      expect(posts.rule).toEqual({
        kind: 'count_at_least',
        measure: 'social_posts_week',
        target: 3,
        flagged: { flag: 'flagship', target: 5 },
      });
    });

    it('expects «Материальная база» in full from 01.03.2025 and links from 17.02.2025', () => {
      expect(byNumber.get('2.2')!.indicators[0].dueFrom).toBe('2025-03-01');
      expect(byNumber.get('3.6')!.indicators.map((i) => i.dueFrom)).toEqual(['2025-02-17', '2025-02-17']);
    });
  });

  describe('school-2023', () => {
    const roadmap = getPreset('school-2023')!;
    const indicators = new Map(roadmap.items.flatMap((i) => i.indicators).map((ind) => [ind.id, ind]));

    it('keeps all 11 items, grouped under the four «Показатель» headings', () => {
      expect(roadmap.items.map((i) => i.number)).toEqual(SCHOOL_2023_ITEMS);
      const groups = roadmap.items.map((i) => i.section!.slice(0, 'Показатель 1'.length));
      // prettier-ignore
      expect(groups).toEqual([
        'Показатель 1',
        'Показатель 2', 'Показатель 2', 'Показатель 2', 'Показатель 2', 'Показатель 2',
        'Показатель 3', 'Показатель 3', 'Показатель 3', 'Показатель 3',
        'Показатель 4',
      ]);
    });

    it('sets 70 % of students for the district and 30 % of parents for every school', () => {
      expect(indicators.get('2-students-registered')).toMatchObject({ scope: 'municipal', rule: { target: 70 } });
      expect(indicators.get('3-parents-registered')).toMatchObject({
        scope: 'school',
        rule: { numerator: 'parents_fgis_registered', target: 30 },
      });
      expect(indicators.get('6-students-active')).toMatchObject({ scope: 'municipal', rule: { target: 70 } });
      expect(indicators.get('6-parents-active')).toMatchObject({ scope: 'school', rule: { target: 30 } });
    });

    it('includes the municipal targets of indicators 2, 3 and 4', () => {
      expect(indicators.get('indicator-2-students-access')).toMatchObject({
        scope: 'municipal',
        rule: { kind: 'share_at_least', target: 15 },
      });
      expect(indicators.get('indicator-3-teachers-using')).toMatchObject({
        scope: 'municipal',
        rule: { kind: 'share_at_least', target: 20 },
      });
      expect(indicators.get('indicator-4-schools-using')).toMatchObject({
        scope: 'municipal',
        rule: { kind: 'complete', fields: ['school_fgis_programs'], schoolsTarget: 20 },
      });
    });

    it('wants 20 Мбит/с and 4 РМО by 01.12.2023, all schools registered by 30.01.2023', () => {
      expect(indicators.get('1-internet-speed')).toMatchObject({
        dueFrom: '2023-12-01',
        rule: { kind: 'value_at_least', measure: 'internet_speed', target: 20, unit: 'Мбит/с' },
      });
      expect(indicators.get('10-rmo')).toMatchObject({
        scope: 'municipal',
        dueFrom: '2023-12-01',
        rule: { kind: 'count_at_least', target: 4 },
      });
      expect(indicators.get('11-schools-registered')).toMatchObject({ dueFrom: '2023-01-30', rule: { schoolsTarget: 100 } });
    });

    it('monitors items 6 and 9 monthly by the 25th and asks for the half-year report by 30.06.2023', () => {
      const monthlyItems = roadmap.items.filter((i) => i.control.schedules.some((s) => s.kind === 'monthly' && s.byDay === 25));
      expect(monthlyItems.map((i) => i.number)).toEqual(['6', '9']);
      expect(indicators.get('5-halfyear-report')!.rule).toEqual({ kind: 'report_by', measure: 'report_halfyear', deadline: '2023-06-30' });
    });
  });
});
