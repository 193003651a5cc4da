import { ingestWorkbook } from '../../../src/core/ingest/ingest-workbook';
import { book, options, sheet } from './grid-builder';
import { mappingOf, rowOf, tableOf, valueOf } from './ingest-helpers';

describe('a report form with filled-in lines above the table', () => {
  const grid = sheet('Форма', [
    ['Наименование муниципального образования:', 'Новоназимовский район'],
    ['Ответственный:', 'Петрова А.А.'],
    ['Мониторинг ФГИС «Моя школа» по состоянию на 10.03.2025'],
    ['№', 'Наименование ОО', 'Количество педагогов по ОО-1', 'Количество педагогов, зарегистрированных во ФГИС МШ'],
    [1, 'МБОУ СОШ № 1', 45, 44],
  ]);
  const result = ingestWorkbook(book('form.xlsx', grid), options());
  const table = tableOf(result, 'Форма');

  it('passes over the form lines to the table of schools', () => {
    expect(table.headerRows).toEqual([4]);
    expect(mappingOf(table)).toEqual({ A: null, B: null, C: 'teachers_total', D: 'teachers_fgis_registered' });
    expect(table.asOf).toBe('2025-03-10');
    expect(table.rows.map((r) => r.schoolName)).toEqual(['МБОУ СОШ № 1']);
  });
});

describe('the school roadmap of 2023 (seed 002)', () => {
  const grid = sheet(
    'Мониторинг ЦОС',
    [
      ['Ежемесячный мониторинг реализации дорожной карты «Цифровая образовательная среда» на 25.05.2023'],
      [
        'Наименование ОО',
        'Скорость подключения к сети Интернет, Мбит/с',
        'Количество педагогов, прошедших повышение квалификации по ЦОС',
        'Обучающихся со сформированным ЦОП/ИОП',
        'Количество проведённых РМО по использованию ЦОС',
        'ОО зарегистрирована во ФГИС «Моя школа» (да/нет)',
      ],
      ['МБОУ Новоназимовская СОШ № 4', '50', 3, 40, 2, 'да'],
      ['МБОУ СОШ № 2', '10,5', 0, null, 1, 'нет'],
    ],
    { merges: ['A1:F1'] },
  );
  const result = ingestWorkbook(book('cos.xlsx', grid), options({ roadmap: 'school-2023' }));
  const table = tableOf(result, 'Мониторинг ЦОС');

  it('maps speed, training, ЦОП, РМО and the school registration flag', () => {
    expect(mappingOf(table)).toEqual({
      A: null,
      B: 'internet_speed',
      C: 'teachers_trained_cos',
      D: 'students_cop',
      E: 'rmo_count',
      F: 'school_fgis_registered',
    });
    expect(table.asOf).toBe('2023-05-25');
  });

  it('reads a decimal speed written with a comma and the yes/no flag', () => {
    const second = rowOf(table, 'МБОУ СОШ № 2');
    expect(valueOf(second, 'internet_speed')).toBe(10.5);
    expect(valueOf(second, 'school_fgis_registered')).toBe(false);
    expect(valueOf(second, 'students_cop')).toBe('missing');
  });
});

describe('a sheet with schools but nothing to check', () => {
  it('is read, and the user is told no indicator column was recognised', () => {
    const grid = sheet('Контакты', [
      ['Наименование ОО', 'Телефон', 'Адрес'],
      ['МБОУ СОШ № 1', '+7 (3952) 00-00-00', 'ул. Ленина, 1'],
    ]);
    const result = ingestWorkbook(book('c.xlsx', grid), options());
    expect(tableOf(result, 'Контакты').measures).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        id: 'ingest.no-measures',
        severity: 'info',
        sheet: 'Контакты',
        cell: null,
        message: 'На листе «Контакты» нет столбцов с показателями, которые удалось распознать.',
      },
    ]);
  });
});
