import { ControlEvent, Evaluation } from '../../../src/core/evaluate/evaluation';
import { Finding } from '../../../src/core/model/finding';
import { MonitoringTable } from '../../../src/core/model/monitoring';
import { measureDef } from '../../../src/core/model/measures';
import { Registry, School } from '../../../src/core/model/registry';
import { Roadmap } from '../../../src/core/roadmap/schema';

/** Hand-made check results, shaped like what ingestion and evaluation give, for plan and report tests. */
export function aSchool(id: string, name: string, inn: string | null = id): School {
  return { id, name, inn, director: null, email: null, flagship: false };
}

export const SCHOOL_1 = aSchool('1001000001', 'МБОУ «СОШ № 1»');
export const SCHOOL_12 = aSchool('1001000012', 'МБОУ «СОШ № 12»');
export const INJECTED = aSchool('1001000099', '=HYPERLINK("http://x","y")');

export const REGISTRY: Registry = { source: 'Справочник ОО', schools: [SCHOOL_1, SCHOOL_12, INJECTED] };

export function aFinding(over: Partial<Finding> & Pick<Finding, 'schoolId' | 'status'>): Finding {
  return {
    item: '3.2',
    indicatorId: '3.2-teachers-registered',
    indicator: 'Доля педагогов, зарегистрированных во ФГИС «Моя школа»',
    value: null,
    target: 100,
    unit: '%',
    shortfall: null,
    deadline: null,
    sheet: 'ФГИС МШ',
    cell: null,
    detail: null,
    comparison: null,
    ...over,
  };
}

export const TEACHER = measureDef('teachers_total')!.noun!;

export const FINDINGS: Finding[] = [
  aFinding({ schoolId: SCHOOL_1.id, status: 'met', value: 100, cell: 'E5' }),
  aFinding({ schoolId: SCHOOL_12.id, status: 'not_met', value: 85.71428, cell: 'E6', shortfall: { count: 3, noun: TEACHER } }),
  aFinding({ schoolId: INJECTED.id, status: 'no_data', value: null, cell: 'E7', detail: 'В ячейке «н/д»' }),
  aFinding({
    schoolId: SCHOOL_12.id,
    status: 'late',
    item: '2.6',
    indicatorId: '2.6-report',
    indicator: 'Информация о повторном обучении входу через ЕСИА направлена в УО',
    value: '2025-02-18',
    target: '2025-02-14',
    unit: null,
    deadline: '2025-02-14',
    sheet: 'Отчёты ОО',
    cell: 'D6',
  }),
  aFinding({
    schoolId: SCHOOL_1.id,
    status: 'missing',
    item: '2.6',
    indicatorId: '2.6-report',
    indicator: 'Информация о повторном обучении входу через ЕСИА направлена в УО',
    value: null,
    target: '2025-02-14',
    unit: null,
    deadline: '2025-02-14',
    sheet: 'Отчёты ОО',
    cell: 'D5',
  }),
];

export const AGGREGATES: Evaluation['aggregates'] = [
  {
    item: '3.3',
    indicatorId: '3.3-students-registered-municipal',
    indicator: 'Доля обучающихся, зарегистрированных во ФГИС «Моя школа» (по муниципалитету)',
    status: 'not_met',
    value: 68.4,
    target: 70,
    unit: '%',
    numerator: 684,
    denominator: 1000,
    schoolsCounted: 3,
    scope: 'municipal',
    schoolsWithErrors: 0,
  },
];

export const CALENDAR: ControlEvent[] = [
  {
    item: '2.6',
    date: '2025-02-14',
    until: '2025-02-14',
    kind: 'report_deadline',
    label: 'Срок направления информации в УО',
    state: 'overdue',
  },
  { item: '3.2', date: '2025-03-03', until: '2025-03-05', kind: 'window', label: 'Мониторинг 1 раз в 2 недели', state: 'due' },
  { item: '2.7', date: '2025-09-18', until: '2025-09-20', kind: 'window', label: 'Сверка карточек новых обучающихся', state: 'upcoming' },
];

export const EVALUATION: Evaluation = {
  asOf: '2025-03-03',
  roadmapId: 'municipal-2025',
  findings: FINDINGS,
  aggregates: AGGREGATES,
  calendar: CALENDAR,
  diagnostics: [],
};

function table(sheet: string, rows: [string, number][]): MonitoringTable {
  return {
    book: 'monitoring.xlsx',
    sheet,
    asOf: '2025-03-03',
    measures: [],
    rows: rows.map(([id, row]) => ({ schoolName: id, inn: id, schoolId: id, sheet, row, measures: {} })),
    mapping: [],
    headerRows: [3, 4],
  };
}

export const TABLES: MonitoringTable[] = [
  table('ФГИС МШ', [
    [SCHOOL_1.id, 5],
    [SCHOOL_12.id, 6],
    [INJECTED.id, 7],
  ]),
  table('Отчёты ОО', [
    [SCHOOL_1.id, 5],
    [SCHOOL_12.id, 6],
  ]),
];

export const ROADMAP: Roadmap = {
  id: 'municipal-2025',
  title: 'Дорожная карта «Цифровая трансформация» 2025',
  year: 2025,
  items: [
    {
      number: '2.6',
      title: 'Повторное обучение входу через ЕСИА',
      period: 'до 11.02.2025',
      responsible: 'ОО',
      expectedResult: 'обучены',
      control: { text: 'до 14.02.2025 направить информацию в УО', schedules: [], reportDeadline: '2025-02-14' },
      footnote: false,
      monitored: true,
      indicators: [
        {
          id: '2.6-report',
          title: 'Информация направлена в УО',
          scope: 'school',
          rule: { kind: 'report_by', measure: 'report_2_6', deadline: '2025-02-14' },
        },
      ],
    },
    {
      number: '3.2',
      title: 'Регистрация педагогов во ФГИС МШ',
      period: '2025',
      responsible: 'ОО',
      expectedResult: '100 %',
      control: { text: '1 раз в 2 недели', schedules: [{ kind: 'every_n_weeks', weeks: 2, anchor: '2025-01-13' }] },
      footnote: true,
      monitored: true,
      indicators: [
        {
          id: '3.2-teachers-registered',
          title: 'Доля педагогов, зарегистрированных во ФГИС «Моя школа»',
          scope: 'school',
          rule: { kind: 'share_at_least', numerator: 'teachers_fgis_registered', denominator: 'teachers_total', target: 100 },
        },
      ],
    },
  ],
};
