import { controlCalendar } from '../../../src/core/evaluate/control-calendar';
import { ControlEvent } from '../../../src/core/evaluate/evaluation';
import { aRoadmap, aSchool, aTable, anIndicator, anItem, teachersRegistered } from './builders';

const school1 = aSchool('МБОУ «СОШ № 1»').withInn('6501000001');

const overdueApplications = anIndicator('2.5-applications', 'Заявлений с нарушением сроков', {
  kind: 'count_zero',
  measure: 'applications_overdue',
});
const materialBase = anIndicator('2.2-material-base', 'Материальная база', { kind: 'complete', fields: ['mb_location', 'mb_rooms'] });
const esia = anIndicator('2.6-report', 'Информация направлена', { kind: 'report_by', measure: 'report_2_6', deadline: '2025-02-14' });
const roadmap = aRoadmap([
  anItem('2.2', [materialBase], {
    schedules: [
      { kind: 'window', from: '2025-03-03', to: '2025-03-05' },
      { kind: 'monthly', byDay: 25 },
    ],
  }),
  anItem('2.5', [overdueApplications], {
    schedules: [
      { kind: 'every_n_weeks', weeks: 3, anchor: '2025-01-13', months: [1, 2, 3, 9, 10, 11, 12] },
      { kind: 'weekly', months: [4, 5, 6, 7, 8] },
    ],
  }),
  anItem('2.6', [esia], { reportDeadline: '2025-02-14', schedules: [] }),
  anItem('3.2', [teachersRegistered(100)], { schedules: [{ kind: 'quarterly' }, { kind: 'end_of_quarter' }] }),
]);

const of = (events: ControlEvent[], item: string): ControlEvent[] => events.filter((e) => e.item === item);

describe('control calendar of 2025', () => {
  const events = controlCalendar(roadmap, [], '2025-03-04');

  it('keeps the 03.03–05.03.2025 window as one event, due on 04.03.2025', () => {
    const window = of(events, '2.2').find((e) => e.kind === 'window' && e.until === '2025-03-05');
    expect(window).toMatchObject({ date: '2025-03-03', state: 'due', label: 'Мониторинг в установленный период' });
  });

  it('makes «monthly by the 25th» one event per month from its first working day', () => {
    const monthly = of(events, '2.2').filter((e) => e.label === 'Ежемесячный мониторинг (до 25 числа)');
    expect(monthly).toHaveLength(12);
    expect([monthly[0].date, monthly[0].until]).toEqual(['2025-01-09', '2025-01-25']);
    expect([monthly[4].date, monthly[4].until]).toEqual(['2025-05-05', '2025-05-25']);
  });

  it('checks 2.5 every 3 weeks from 13.01.2025 and every Monday from April to August', () => {
    const dates = of(events, '2.5').map((e) => e.date);
    expect(dates.slice(0, 4)).toEqual(['2025-01-13', '2025-02-03', '2025-02-24', '2025-03-17']);
    expect(dates).toContain('2025-04-07');
    expect(dates).toContain('2025-08-25');
    expect(new Set(dates).size).toBe(dates.length); // 07.04 is both a 3-week and a weekly date: listed once
    expect(dates.filter((d) => d >= '2025-04-01' && d <= '2025-08-31')).toHaveLength(21); // Mondays 07.04–25.08
  });

  it('opens calendar quarters on their first working day and closes school quarters on the last', () => {
    const dates = of(events, '3.2').map((e) => e.date);
    expect(dates).toEqual(['2025-01-09', '2025-03-31', '2025-04-01', '2025-05-30', '2025-07-01', '2025-10-01', '2025-10-31', '2025-12-30']);
  });

  it('lists the report deadline once and sorts everything by date', () => {
    expect(of(events, '2.6')).toEqual([
      {
        item: '2.6',
        date: '2025-02-14',
        until: '2025-02-14',
        kind: 'report_deadline',
        label: 'Срок направления информации в УО',
        state: 'overdue',
      },
    ]);
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('marks passed monitorings done when a table holds the item’s data of that date or later', () => {
    const table = aTable('Заявления').asOf('2025-02-24').row(school1, { applications_overdue: 0 }).build();
    const states = controlCalendar(roadmap, [table], '2025-03-04').filter((e) => e.item === '2.5' && e.date < '2025-03-04');
    expect(states.map((e) => [e.date, e.state])).toEqual([
      ['2025-01-13', 'done'],
      ['2025-02-03', 'done'],
      ['2025-02-24', 'done'],
    ]);
    const older = aTable('Заявления').asOf('2025-02-03').row(school1, { applications_overdue: 0 }).build();
    const later = controlCalendar(roadmap, [older], '2025-03-04').find((e) => e.item === '2.5' && e.date === '2025-02-24');
    expect(later?.state).toBe('overdue');
  });

  it('calls the event of the current Mon–Sun week due and later ones upcoming', () => {
    const atFriday = controlCalendar(roadmap, [], '2025-04-11').filter((e) => e.item === '2.5');
    expect(atFriday.find((e) => e.date === '2025-04-07')?.state).toBe('due');
    expect(atFriday.find((e) => e.date === '2025-04-14')?.state).toBe('upcoming');
  });

  it('expands end of year and start of year into month windows', () => {
    const r = aRoadmap([
      anItem('2.4', [anIndicator('2.4-lessons', 'Уроки', { kind: 'count_zero', measure: 'lessons_without_mark' })], {
        schedules: [
          { kind: 'end_of_year', months: [5, 6] },
          { kind: 'start_of_year', month: 9 },
          { kind: 'once', date: '2025-11-10' },
        ],
      }),
    ]);
    expect(controlCalendar(r, [], '2025-06-10').map((e) => [e.date, e.until, e.kind, e.state])).toEqual([
      ['2025-05-01', '2025-06-30', 'window', 'due'],
      ['2025-09-01', '2025-09-30', 'window', 'upcoming'],
      ['2025-11-10', '2025-11-10', 'monitoring', 'upcoming'],
    ]);
  });

  it('adds the date a result is expected from', () => {
    const r = aRoadmap([anItem('5', [{ ...teachersRegistered(100), dueFrom: '2023-06-01' }])], 2023);
    expect(controlCalendar(r, [], '2023-03-01')).toEqual([
      {
        item: '5',
        date: '2023-06-01',
        until: '2023-06-01',
        kind: 'result_deadline',
        label: 'Срок достижения результата',
        state: 'upcoming',
      },
    ]);
  });
});
