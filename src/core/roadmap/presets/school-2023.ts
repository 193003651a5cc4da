import { Roadmap } from '../schema';
import { complete, countAtLeast, indicator, item, monthly, reportBy, share, valueAtLeast } from './roadmap-builders';

/**
 * The school roadmap 2023 (seed 002): «Дорожная карта по реализации проекта «Цифровая
 * образовательная среда» на 2023 год в МБОУ Новоназимовская СОШ № 4». Its items are grouped
 * under four «Показатель» headings, kept as the item's section. Targets come at two levels:
 * «в районе» / «по муниципалитету» is the sum over schools (scope municipal), «в каждом ОУ»
 * is every school (scope school).
 *
 * The headings' own municipal targets become municipal indicators where a monitoring can
 * measure them: 2 (15 % of students with access), 3 (20 % of teachers use the platform),
 * 4 (20 % of schools use it in their programmes). Indicator 1 (5,7 % of schools equipped,
 * reached in 2022) has no measure in a monitoring workbook and is left as the heading only.
 */
const GROUP_1 =
  'Показатель 1: Доля образовательных организаций, оснащённых в целях внедрения цифровой образовательной среды ' +
  '(далее – ЦОС), нарастающим итогом – 5,7% (показатель достигнут в 2022 году)';
const GROUP_2 =
  'Показатель 2: Доля обучающихся, для которых созданы равные условия получения качественного образования вне ' +
  'зависимости от места их нахождения посредством предоставления доступа к федеральной информационно-сервисной ' +
  'платформе цифровой образовательной среды – 15% по муниципалитету';
const GROUP_3 =
  'Показатель 3: Доля педагогических работников, использующих сервисы федеральной информационно-сервисной платформы ' +
  'цифровой образовательной среды – 20% по муниципалитету';
const GROUP_4 =
  'Показатель 4: Доля образовательных организаций, использующих сервисы федеральной информационно-сервисной платформы ' +
  'цифровой образовательной среды при реализации программ основного общего образования – 20% по муниципалитету';

const PROJECT_LEAD = 'Руководитель проекта';
const DEPUTY = 'Зам. Директора по УВР';
const BY_THE_25TH = 'Ежемесячно до 25 числа';
const MUNICIPAL = { scope: 'municipal' } as const;

export const SCHOOL_2023: Roadmap = {
  id: 'school-2023',
  // The plan was written for one school; letters go to every school, so the title names none.
  title: 'Дорожная карта по реализации проекта «Цифровая образовательная среда» на 2023 год',
  year: 2023,
  source: 'Дорожная карта МБОУ Новоназимовская СОШ № 4, принятая за образец для всех ОО',
  items: [
    item({
      number: '1',
      section: GROUP_1,
      title: 'Повышение скорости сети Интернет в ОО до 20 Мб/сек',
      period: 'До 01.12.2023',
      responsible: 'Директор',
      expectedResult: 'Скорость Интернета в ОО составит 20 Мб/сек',
      controlText: '',
      indicators: [
        indicator('1-internet-speed', 'Скорость сети Интернет', valueAtLeast('internet_speed', 20, 'Мбит/с'), { dueFrom: '2023-12-01' }),
      ],
    }),
    item({
      number: '2',
      section: GROUP_2,
      title: 'Регистрация учащихся в федеральной государственной информационной системе «Моя школа» (далее – ФГИС МШ)',
      period: 'До 01.06.2023 и далее постоянно',
      responsible: PROJECT_LEAD,
      expectedResult: 'Не менее 70% учащихся в районе зарегистрированы в ФГИС МШ',
      controlText: '',
      indicators: [
        indicator(
          '2-students-registered',
          'Доля учащихся района, зарегистрированных в ФГИС МШ',
          share('students_fgis_registered', 'students_total', 70, 'students_fgis_registered_pct'),
          { ...MUNICIPAL, dueFrom: '2023-06-01' },
        ),
        indicator(
          'indicator-2-students-access',
          'Показатель 2: доля обучающихся, получивших доступ к ФГИС МШ, по муниципалитету',
          share('students_fgis_registered', 'students_total', 15, 'students_fgis_registered_pct'),
          MUNICIPAL,
        ),
      ],
    }),
    item({
      number: '3',
      section: GROUP_2,
      title: 'Регистрация родителей (законных представителей) в ФГИС МШ',
      period: 'До 01.06.2023 и далее постоянно',
      responsible: PROJECT_LEAD,
      expectedResult: 'Не менее 30% родителей в каждом ОУ зарегистрированы в ФГИС МШ',
      controlText: '',
      indicators: [
        indicator(
          '3-parents-registered',
          'Доля родителей, зарегистрированных в ФГИС МШ',
          share('parents_fgis_registered', 'parents_total', 30),
          {
            dueFrom: '2023-06-01',
          },
        ),
      ],
    }),
    item({
      number: '4',
      section: GROUP_2,
      title:
        'Формирование цифровых образовательных профилей (далее – ЦОП) и индивидуальных планов обучения (далее – ИОП) с использованием ФГИС МШ',
      period: 'До 01.09.2023',
      responsible: PROJECT_LEAD,
      expectedResult: 'Для 30% обучающихся в каждом ОУ сформирован ЦОП/ИОП',
      controlText: '',
      indicators: [
        indicator('4-students-cop', 'Доля обучающихся со сформированным ЦОП/ИОП', share('students_cop', 'students_total', 30), {
          dueFrom: '2023-09-01',
        }),
      ],
    }),
    item({
      number: '5',
      section: GROUP_2,
      title:
        'Представление промежуточных результатов достигнутых показателей по использованию ФГИС МШ, ИКОП «Сферум» за 1 полугодие 2023 года',
      period: '30.06.2023',
      responsible: PROJECT_LEAD,
      expectedResult: 'Аналитическая справка по итогам внедрения ФГИС МШ в ОУ района',
      controlText: 'Аналитическая справка за 1 полугодие 2023 года к 30.06.2023',
      reportDeadline: '2023-06-30',
      indicators: [
        indicator(
          '5-halfyear-report',
          'Аналитическая справка за 1 полугодие 2023 года представлена',
          reportBy('report_halfyear', '2023-06-30'),
        ),
      ],
    }),
    item({
      number: '6',
      section: GROUP_2,
      title: 'Мониторинг использования ФГИС МШ обучающимися, родителями',
      period: BY_THE_25TH,
      responsible: PROJECT_LEAD,
      expectedResult: 'Не менее 70% обучающихся района, 30% родителей в каждом ОУ используют ФГИС МШ',
      controlText: BY_THE_25TH,
      schedules: [monthly({ byDay: 25 })],
      indicators: [
        indicator(
          '6-students-active',
          'Доля обучающихся района, использующих ФГИС МШ',
          share('students_fgis_active', 'students_total', 70, 'students_fgis_active_pct'),
          MUNICIPAL,
        ),
        indicator('6-parents-active', 'Доля родителей, использующих ФГИС МШ', share('parents_fgis_active', 'parents_total', 30)),
      ],
    }),
    item({
      number: '7',
      section: GROUP_3,
      title: 'Повышение квалификации педагогических работников по ЦОС',
      period: 'Постоянно',
      responsible: DEPUTY,
      expectedResult: 'Не менее 10% педагогических работников проходят повышение квалификации по ЦОС',
      controlText: '',
      indicators: [
        indicator(
          '7-teachers-trained',
          'Доля педагогов, прошедших повышение квалификации по ЦОС',
          share('teachers_trained_cos', 'teachers_total', 10),
        ),
      ],
    }),
    item({
      number: '8',
      section: GROUP_3,
      title: 'Регистрация педагогических работников в ФГИС МШ, ИКОП «Сферум»',
      period: 'До 01.06.2023',
      responsible: PROJECT_LEAD,
      expectedResult: '100% педагогических работников прошли регистрацию в ФГИС МШ, ИКОП «Сферум»',
      controlText: '',
      indicators: [
        indicator(
          '8-teachers-fgis-registered',
          'Доля педагогов, зарегистрированных в ФГИС МШ',
          share('teachers_fgis_registered', 'teachers_total', 100, 'teachers_fgis_registered_pct'),
          { dueFrom: '2023-06-01' },
        ),
        indicator(
          '8-teachers-sferum-registered',
          'Доля педагогов, зарегистрированных в ИКОП «Сферум»',
          share('teachers_sferum_registered', 'teachers_total', 100, 'teachers_sferum_registered_pct'),
          { dueFrom: '2023-06-01' },
        ),
      ],
    }),
    item({
      number: '9',
      section: GROUP_3,
      title: 'Мониторинг использования ФГИС МШ, ИКОП «Сферум» педагогическими работниками',
      period: BY_THE_25TH,
      responsible: PROJECT_LEAD,
      expectedResult:
        '70% педагогических работников используют ФГИС МШ, ИКОП «Сферум», 50% ОО реализуют программы ОО и доп.образования с использованием ФГИС МШ',
      controlText: BY_THE_25TH,
      schedules: [monthly({ byDay: 25 })],
      indicators: [
        indicator(
          '9-teachers-fgis-active',
          'Доля педагогов, использующих ФГИС МШ',
          share('teachers_fgis_active', 'teachers_total', 70, 'teachers_fgis_active_pct'),
        ),
        indicator(
          '9-teachers-sferum-active',
          'Доля педагогов, использующих ИКОП «Сферум»',
          share('teachers_sferum_active', 'teachers_total', 70, 'teachers_sferum_active_pct'),
        ),
        indicator(
          '9-schools-programs',
          'Доля ОО, реализующих программы с использованием ФГИС МШ',
          complete(['school_fgis_programs'], 50),
          MUNICIPAL,
        ),
        indicator(
          'indicator-3-teachers-using',
          'Показатель 3: доля педагогов, использующих сервисы ФГИС МШ, по муниципалитету',
          share('teachers_fgis_active', 'teachers_total', 20, 'teachers_fgis_active_pct'),
          MUNICIPAL,
        ),
      ],
    }),
    item({
      number: '10',
      section: GROUP_3,
      title:
        'Проведение РМО учителей предметников, прошедших повышение квалификации по внедрению ЦОС в ОП по предмету, с рассмотрением ' +
        'вопросов по использованию ЦОС в урочное и не урочное время',
      period: 'До 01.12.2023',
      responsible: DEPUTY,
      expectedResult: 'Проведено не менее 4 РМО, на которых представлен опыт работы по использованию ЦОС в урочное и не урочное время',
      controlText: '',
      indicators: [
        indicator('10-rmo', 'Проведено РМО по использованию ЦОС', countAtLeast('rmo_count', 4), { ...MUNICIPAL, dueFrom: '2023-12-01' }),
      ],
    }),
    item({
      number: '11',
      section: GROUP_4,
      title: 'Регистрация на ФГИС МШ',
      period: '30.01.2023',
      responsible: PROJECT_LEAD,
      expectedResult: '100% ОО прошли регистрацию на ФГИС МШ',
      controlText: '',
      indicators: [
        indicator('11-schools-registered', 'Доля ОО, прошедших регистрацию на ФГИС МШ', complete(['school_fgis_registered'], 100), {
          ...MUNICIPAL,
          dueFrom: '2023-01-30',
        }),
        indicator(
          'indicator-4-schools-using',
          'Показатель 4: доля ОО, использующих сервисы ФГИС МШ при реализации программ основного общего образования, по муниципалитету',
          complete(['school_fgis_programs'], 20),
          MUNICIPAL,
        ),
      ],
    }),
  ],
};
