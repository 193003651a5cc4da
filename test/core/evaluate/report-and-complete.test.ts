import { evaluate } from '../../../src/core/evaluate/evaluate';
import { Finding } from '../../../src/core/model/finding';
import { aRegistry, aRoadmap, aSchool, aTable, anIndicator, anItem, invalid, teachersRegistered } from './builders';

const school1 = aSchool('МБОУ «СОШ № 1»').withInn('6501000001').build();
const school2 = aSchool('МБОУ «СОШ № 2»').withInn('6501000002').build();
const school3 = aSchool('МБОУ «ООШ с. Озёрное»').build();
const registry = aRegistry(school1, school2, school3);

const esia = anIndicator('2.6-report', 'Информация об обучении входу через ЕСИА направлена в УО', {
  kind: 'report_by',
  measure: 'report_2_6',
  deadline: '2025-02-14',
});
const materialBase = anIndicator('2.2-material-base', 'Вкладка «Материальная база» заполнена', {
  kind: 'complete',
  fields: ['mb_location', 'mb_rooms', 'mb_room_size', 'mb_room_temperature', 'mb_room_equipment'],
});
const roadmap = aRoadmap([anItem('2.2', [materialBase]), anItem('2.6', [esia])]);

const pick = (findings: Finding[], schoolId: string, indicatorId: string): Finding =>
  findings.find((f) => f.schoolId === schoolId && f.indicatorId === indicatorId) as Finding;

describe('report sent by a deadline (2.6: by 14.02.2025)', () => {
  const table = aTable('Отчёты ОО')
    .row(school1, { report_2_6: '2025-02-13' })
    .row(school2, { report_2_6: '2025-02-17' })
    .row(school3, { report_2_6: null })
    .build();
  const at = (asOf: string): Finding[] => evaluate({ roadmap, registry, tables: [table], asOf }).findings;

  it('is met when sent on 13.02.2025', () => {
    const f = pick(at('2025-03-03'), school1.id, '2.6-report');
    expect([f.status, f.value, f.deadline, f.cell]).toEqual(['met', '2025-02-13', '2025-02-14', 'C5']);
  });

  it('is late when sent on 17.02.2025, three days after the deadline', () => {
    const f = pick(at('2025-03-03'), school2.id, '2.6-report');
    expect([f.status, f.value]).toEqual(['late', '2025-02-17']);
    expect(f.detail).toBe('информация направлена 17.02.2025, на 3 дня позже срока 14.02.2025');
  });

  it('is missing when nothing was sent and 14.02.2025 has passed', () => {
    const f = pick(at('2025-02-15'), school3.id, '2.6-report');
    expect([f.status, f.value, f.cell]).toEqual(['missing', null, 'C7']);
  });

  it('is not due when nothing was sent yet on the deadline day itself', () => {
    expect(pick(at('2025-02-14'), school3.id, '2.6-report').status).toBe('not_due');
  });

  it('is not due for a school absent from the sheet before the deadline, and no data after it', () => {
    const only1 = aTable('Отчёты ОО').row(school1, { report_2_6: '2025-02-10' }).build();
    const before = evaluate({ roadmap, registry, tables: [only1], asOf: '2025-02-11' }).findings;
    const after = evaluate({ roadmap, registry, tables: [only1], asOf: '2025-02-20' }).findings;
    expect(pick(before, school2.id, '2.6-report').status).toBe('not_due');
    expect(pick(after, school2.id, '2.6-report').status).toBe('no_data');
  });

  it('is a data error when the cell holds text that is not a date', () => {
    const bad = aTable('Отчёты ОО').row(school1, { report_2_6: 'отправили' }).build();
    const f = pick(evaluate({ roadmap, registry, tables: [bad], asOf: '2025-03-03' }).findings, school1.id, '2.6-report');
    expect(f.status).toBe('data_error');
    expect(f.detail).toContain('«отправили»');
  });
});

describe('completeness of required fields (2.2: «Материальная база»)', () => {
  const all = { mb_location: true, mb_rooms: true, mb_room_size: true, mb_room_temperature: true, mb_room_equipment: true };
  const table = aTable('Материальная база')
    .row(school1, all)
    .row(school2, { ...all, mb_room_size: false, mb_room_temperature: false })
    .row(school3, { mb_location: null, mb_rooms: null, mb_room_size: null, mb_room_temperature: null, mb_room_equipment: null })
    .build();
  const findings = evaluate({ roadmap, registry, tables: [table], asOf: '2025-03-03' }).findings;

  it('is met when every field is filled', () => {
    expect(pick(findings, school1.id, '2.2-material-base').status).toBe('met');
  });

  it('names the fields left unfilled', () => {
    const f = pick(findings, school2.id, '2.2-material-base');
    expect([f.status, f.value, f.target, f.shortfall?.count]).toEqual(['not_met', 3, 5, 2]);
    expect(f.detail).toBe('не заполнено: Материальная база: длина и ширина кабинетов; Материальная база: температура');
  });

  it('has no data when every cell is empty', () => {
    const f = pick(findings, school3.id, '2.2-material-base');
    expect([f.status, f.sheet, f.cell]).toEqual(['no_data', 'Материальная база', 'C7']);
  });

  it('is a data error when a field holds something that is neither yes nor no', () => {
    const odd = aTable('Материальная база')
      .row(school1, { ...all, mb_rooms: invalid('частично', 'не «да» и не «нет»') })
      .build();
    const f = pick(evaluate({ roadmap, registry, tables: [odd], asOf: '2025-03-03' }).findings, school1.id, '2.2-material-base');
    expect([f.status, f.cell, f.detail]).toEqual([
      'data_error',
      'D5',
      'Материальная база: аудиторный фонд: не удалось прочитать «частично» (не «да» и не «нет»)',
    ]);
  });

  it('has no data, naming the blank fields, when the rest are filled', () => {
    const partial = aTable('Материальная база')
      .row(school1, { ...all, mb_room_equipment: '' })
      .build();
    const f = pick(evaluate({ roadmap, registry, tables: [partial], asOf: '2025-03-03' }).findings, school1.id, '2.2-material-base');
    expect([f.status, f.detail]).toEqual(['no_data', 'нет сведений: Материальная база: оборудование']);
  });
});

describe('results expected from a date (dueFrom)', () => {
  it('is not due before 01.06.2023 even at 50 %, and not met after it', () => {
    const indicator = { ...teachersRegistered(100), dueFrom: '2023-06-01' };
    const school = aRoadmap([anItem('2', [indicator])], 2023);
    const table = aTable('ФГИС МШ').row(school1, { teachers_total: 40, teachers_fgis_registered: 20 }).build();
    const before = evaluate({ roadmap: school, registry: aRegistry(school1), tables: [table], asOf: '2023-05-31' }).findings[0];
    const after = evaluate({ roadmap: school, registry: aRegistry(school1), tables: [table], asOf: '2023-06-01' }).findings[0];
    expect([before.status, before.deadline, before.value, before.shortfall]).toEqual(['not_due', '2023-06-01', 50, null]);
    expect([after.status, after.shortfall?.count]).toEqual(['not_met', 20]);
  });
});
