import { Finding } from '../../../src/core/model/finding';
import { noun } from '../../../src/core/model/nouns';
import { Registry, School } from '../../../src/core/model/registry';
import { LetterSettings, parseLetterSettings } from '../../../src/core/letters/letter-settings';
import { Roadmap } from '../../../src/core/roadmap/schema';
import sampleSettings from '../../../assets/samples/letter-settings.json';

export const TEACHER = noun('педагог', 'педагога', 'педагогов', 'педагога', 'педагогов');
export const STUDENT = noun('обучающийся', 'обучающихся', 'обучающихся', 'обучающегося', 'обучающихся');

export function sampleLetterSettings(overrides: Partial<LetterSettings> = {}): LetterSettings {
  const parsed = parseLetterSettings(sampleSettings);
  if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
  return { ...parsed.settings, ...overrides };
}

export function aSchool(id: string, name: string, director: string | null, extra: Partial<School> = {}): School {
  return {
    id,
    name,
    inn: id,
    director: director ? { fullName: director, dativeOverride: null, gender: null } : null,
    email: null,
    flagship: false,
    ...extra,
  };
}

export const REGISTRY: Registry = {
  source: 'Справочник ОО',
  schools: [
    aSchool('6501000001', 'МБОУ «СОШ № 1»', 'Иванова Мария Петровна'),
    aSchool('6501000002', 'МБОУ «Гимназия № 2 им. А.С. Пушкина»', 'Ковальчук Олег Иванович'),
    aSchool('6501000004', 'МБОУ Новоназимовская СОШ № 4', 'Головко Анна Сергеевна'),
    aSchool('6501000005', 'МКОУ «ООШ с. Береговое»', null),
  ],
};

export const ROADMAP: Roadmap = {
  id: 'test-2025',
  title: 'Цифровая трансформация образования в Энском муниципальном округе на 2025 год',
  year: 2025,
  items: [
    {
      number: '2.2',
      title: 'Заполнение вкладки «Материальная база» в РИС «Электронная школа»',
      period: 'до 01.03.2025',
      responsible: 'руководители ОО',
      expectedResult: 'Вкладка «Материальная база» заполнена полностью.',
      control: { text: 'мониторинг 03.03–05.03.2025, далее ежемесячно', schedules: [] },
      footnote: true,
      monitored: true,
      indicators: [],
    },
    {
      number: '3.2',
      title: 'Регистрация педагогов во ФГИС «Моя школа»',
      period: 'в течение года',
      responsible: 'руководители ОО',
      expectedResult: 'Зарегистрированы 100 % педагогов (по ОО-1), 90 % педагогов — активные пользователи',
      control: { text: '1 раз в 2 недели', schedules: [] },
      footnote: true,
      monitored: true,
      indicators: [],
    },
    {
      number: '3.4',
      title: 'Обучение педагогов работе в ИКОП «Сферум»',
      period: 'до 14.02.2025',
      responsible: 'руководители ОО',
      expectedResult: 'Обучены 100 % педагогов и административных работников',
      control: { text: 'до 14.02.2025 направить информацию в УО', schedules: [], reportDeadline: '2025-02-14' },
      footnote: false,
      monitored: true,
      indicators: [],
    },
  ],
};

export function aFinding(overrides: Partial<Finding>): Finding {
  return {
    schoolId: '6501000001',
    item: '3.2',
    indicatorId: '3.2-teachers-registered',
    indicator: 'Доля педагогов, зарегистрированных во ФГИС «Моя школа», %',
    status: 'not_met',
    value: 85.7,
    target: 100,
    unit: '%',
    shortfall: { count: 3, noun: TEACHER },
    deadline: null,
    sheet: 'ФГИС МШ',
    cell: 'E7',
    detail: null,
    comparison: null,
    ...overrides,
  };
}

/** A realistic round: three schools with findings of every kind, one school clean. */
export function sampleFindings(): Finding[] {
  return [
    aFinding({}),
    aFinding({
      indicatorId: '3.2-teachers-active',
      indicator: 'Доля активных педагогов во ФГИС «Моя школа», %',
      value: 61.9,
      target: 90,
      shortfall: { count: 6, noun: TEACHER },
      cell: 'G7',
    }),
    aFinding({
      item: '2.2',
      indicatorId: '2.2-material-base',
      indicator: 'Вкладка «Материальная база» заполнена',
      status: 'no_data',
      value: null,
      target: null,
      unit: null,
      shortfall: null,
      sheet: 'Материальная база',
      cell: 'D5',
    }),
    aFinding({
      schoolId: '6501000002',
      item: '3.4',
      indicatorId: '3.4-report',
      indicator: 'Информация об обучении работе в «Сферуме»',
      status: 'late',
      value: '2025-02-17',
      target: null,
      unit: null,
      shortfall: null,
      deadline: '2025-02-14',
      sheet: 'Отчёты',
      cell: 'F9',
    }),
    aFinding({ schoolId: '6501000002', value: 95.2, shortfall: { count: 1, noun: TEACHER }, comparison: 'repeated', cell: 'E8' }),
    aFinding({
      schoolId: '6501000004',
      item: '3.4',
      indicatorId: '3.4-report',
      indicator: 'Информация об обучении работе в «Сферуме»',
      status: 'missing',
      value: null,
      target: null,
      unit: null,
      shortfall: null,
      deadline: '2025-02-14',
      sheet: 'Отчёты',
      cell: 'F11',
    }),
    aFinding({
      schoolId: '6501000004',
      status: 'data_error',
      value: 112.5,
      shortfall: null,
      detail: 'Зарегистрировано 27 педагогов при численности по ОО-1 24.',
      cell: 'E10',
    }),
    aFinding({ schoolId: '6501000005', status: 'met', value: 100, shortfall: null, cell: 'E11' }),
    aFinding({ schoolId: '6501000005', item: '2.2', status: 'not_due', value: null, shortfall: null, cell: 'D9' }),
  ];
}
