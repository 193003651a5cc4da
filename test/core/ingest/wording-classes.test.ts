import { ingestWorkbook } from '../../../src/core/ingest/ingest-workbook';
import { book, options, sheet } from './grid-builder';
import { column, mappingOf, rowOf, tableOf, valueOf } from './ingest-helpers';

/**
 * One workbook per class of wording that exports and people use and the
 * product had not seen: each is read as a department would expect.
 */
describe('participles and cases', () => {
  const grid = sheet('Связка', [
    ['Мониторинг по состоянию на 17.02.2025'],
    [
      'Наименование ОО',
      'Педагогов всего',
      'Педагогов, связавших профиль РИС ЭШ и Сферум',
      'Обучающиеся, связавшие учётные записи ЭШ и Сферум',
      'Учителя, связали профили',
      'Зарегистрировавшихся в Сферуме учеников',
    ],
    ['МБОУ СОШ № 1', 45, 43, 470, 43, 480],
  ]);
  const result = ingestWorkbook(book('b.xlsx', grid), options());
  const table = tableOf(result, 'Связка');

  it('reads «связавших», «связавшие», «связали» as linked profiles, and «зарегистрировавшихся» as registered', () => {
    expect(mappingOf(table)).toEqual({
      A: null,
      B: 'teachers_total',
      C: 'teachers_linked',
      D: 'students_linked',
      E: 'teachers_linked',
      F: 'students_sferum_registered',
    });
    expect(valueOf(table.rows[0], 'students_linked')).toBe(470);
  });

  it('says that two columns claim the teachers linked, and uses the first', () => {
    expect(result.diagnostics.map((d) => d.id)).toEqual(['ingest.column-duplicate']);
    expect(valueOf(table.rows[0], 'teachers_linked')).toBe(43);
  });
});

describe('abbreviations', () => {
  it('reads «кол-во», «пед.», «обуч.», «ОО-1», «МШ», «ДЗ», «ДУЛ» and «чел.» written short', () => {
    const grid = sheet('Лист1', [
      ['Мониторинг РИС ЭШ и ФГИС МШ'],
      [
        'Наименование ОО',
        'Кол-во пед. по ОО-1',
        'Кол-во пед., зарег. в МШ',
        'Кол-во обуч. по ОО-1, чел.',
        'Уроков без ДЗ, шт.',
        'Карточки обуч. без ДУЛ',
      ],
      ['МБОУ СОШ № 1', 45, 40, 512, 3, 2],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    expect(mappingOf(tableOf(result, 'Лист1'))).toEqual({
      A: null,
      B: 'teachers_total',
      C: 'teachers_fgis_registered',
      D: 'students_total',
      E: 'lessons_without_homework',
      F: 'students_no_id_doc',
    });
    expect(result.diagnostics).toEqual([]);
  });
});

describe('a system named only in the title', () => {
  it('gives «зарегистрированы» to that system', () => {
    const grid = sheet(
      'Лист3',
      [
        ['Мониторинг использования ИКОП «Сферум» по состоянию на 03.03.2025'],
        ['Наименование ОО', 'Педагоги', null, 'Обучающиеся', null],
        [null, 'всего', 'зарегистрированы', 'всего', 'зарегистрированы'],
        ['МБОУ СОШ № 1', 45, 44, 500, 490],
      ],
      { merges: ['A2:A3', 'B2:C2', 'D2:E2'] },
    );
    const table = tableOf(ingestWorkbook(book('b.xlsx', grid), options()), 'Лист3');
    expect(mappingOf(table)).toEqual({
      A: null,
      B: 'teachers_total',
      C: 'teachers_sferum_registered',
      D: 'students_total',
      E: 'students_sferum_registered',
    });
    expect(column(table, 'C').confidence).toBe('sure');
  });
});

describe('averages and rates', () => {
  const grid = sheet('Госпаблики', [
    ['Мониторинг официальных страниц в ВКонтакте'],
    ['Наименование ОО', 'Публикаций в неделю (в среднем)', 'Скорость Интернета, Мбит/с', 'Педагогов всего'],
    ['МБОУ СОШ № 1', '3,2', 49.5, 45],
    ['МБОУ СОШ № 2', 2.75, '100', '45,5'],
  ]);
  const table = tableOf(ingestWorkbook(book('b.xlsx', grid), options()), 'Госпаблики');

  it('are numbers and may be fractional', () => {
    expect(valueOf(rowOf(table, 'МБОУ СОШ № 1'), 'social_posts_week')).toBe(3.2);
    expect(valueOf(rowOf(table, 'МБОУ СОШ № 2'), 'social_posts_week')).toBe(2.75);
    expect(valueOf(rowOf(table, 'МБОУ СОШ № 1'), 'internet_speed')).toBe(49.5);
  });

  it('while a headcount with a fraction stays a data error', () => {
    expect(rowOf(table, 'МБОУ СОШ № 2').measures.teachers_total?.value).toEqual({
      kind: 'invalid',
      raw: '45,5',
      reason: 'дробное число вместо количества',
    });
  });
});

describe('a word inside another word', () => {
  it('is not that word: «интерактивных» is not «активных», «неиспользуемого» is not «использующих»', () => {
    const grid = sheet('ФГИС МШ', [
      ['Выгрузка ФГИС «Моя школа»'],
      ['Наименование ОО', 'Педагогов всего', 'Интерактивных панелей в ОО, шт.', 'Педагогов активных', 'Неиспользуемого оборудования, ед.'],
      ['МБОУ СОШ № 1', 45, 6, 30, 1],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    const table = tableOf(result, 'ФГИС МШ');
    expect(mappingOf(table)).toEqual({ A: null, B: 'teachers_total', C: null, D: 'teachers_fgis_active', E: 'equipment_unused' });
    expect(column(table, 'C').confidence).toBe('unknown');
    expect(valueOf(table.rows[0], 'teachers_fgis_active')).toBe(30);
  });
});
