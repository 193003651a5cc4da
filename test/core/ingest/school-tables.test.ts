import { ingestWorkbook } from '../../../src/core/ingest/ingest-workbook';
import { isoToExcelSerial } from '../../../src/core/model/iso-date';
import { book, options, sheet } from './grid-builder';
import { column, mappingOf, rowOf, tableOf, valueOf } from './ingest-helpers';

describe('a РИС ЭШ journal check', () => {
  const grid = sheet('ЭШ журнал', [
    ['Результаты мониторинга ведения электронного журнала в РИС «Электронная школа»'],
    ['за период с 24.02.2025 по 28.02.2025'],
    [
      '№ п/п',
      'ОО',
      'Всего уроков',
      'Количество уроков без отметки «Урок проведен»',
      'Уроков с домашним заданием',
      'Заявления о зачислении с нарушением сроков рассмотрения',
      'Карточки обучающихся без СНИЛС',
      'Карточки родителей без документа, удостоверяющего личность',
      'Расписание актуально (да/нет)',
    ],
    [1, 'МБОУ СОШ № 1', 420, 0, 400, 0, 3, '-', 'да'],
    [2, 'МБОУ СОШ № 2', 380, '12', 'н/д', 2, 0, 0, 'нет'],
    [3, 'Гимназия № 5', '#Н/Д', 1, 2, '', 'нет данных', 4, '+'],
  ]);
  const result = ingestWorkbook(book('esh.xlsx', grid), options());
  const table = tableOf(result, 'ЭШ журнал');

  it('maps the journal columns by their words', () => {
    expect(mappingOf(table)).toEqual({
      A: null,
      B: null,
      C: 'lessons_total',
      D: 'lessons_without_mark',
      E: 'lessons_with_homework',
      F: 'applications_overdue',
      G: 'students_no_snils',
      H: 'parents_no_id_doc',
      I: 'schedule_current',
    });
    expect(table.mapping.filter((m) => m.measure).every((m) => m.confidence === 'sure')).toBe(true);
  });

  it('takes the end of the period as the monitoring date', () => {
    expect(table.asOf).toBe('2025-02-28');
  });

  it('parses counts, dashes, flags and #Н/Д', () => {
    const second = rowOf(table, 'МБОУ СОШ № 2');
    expect(valueOf(second, 'lessons_without_mark')).toBe(12);
    expect(valueOf(second, 'lessons_with_homework')).toBe('missing');
    expect(valueOf(second, 'schedule_current')).toBe(false);
    expect(valueOf(rowOf(table, 'МБОУ СОШ № 1'), 'parents_no_id_doc')).toBe('missing');
    const third = rowOf(table, 'Гимназия № 5');
    expect(third.measures.lessons_total?.value).toEqual({ kind: 'invalid', raw: '#Н/Д', reason: 'ошибка в формуле (#Н/Д)' });
    expect(valueOf(third, 'applications_overdue')).toBe('missing');
    expect(valueOf(third, 'schedule_current')).toBe(true);
    expect(third.measures.schedule_current?.cell).toBe('I6');
  });
});

describe('a table schools fill in themselves, with item-numbered report dates', () => {
  const grid = sheet(
    'Отчёты ОО',
    [
      ['Информация о выполнении мероприятий дорожной карты (приказ от 10.01.2025 № 6)'],
      ['Наименование ОО', 'Дата направления информации в УО (п. 2.6)', 'Дата направления информации в УО (п. 3.1)', 'Ответственный'],
      ['МБОУ СОШ № 1', isoToExcelSerial('2025-02-13'), '13.02.25', 'Иванова М.П.'],
      ['МБОУ СОШ № 2', '14.02.2025', 'не направлено', 'Петров А.А.'],
      ['МБОУ СОШ № 3', null, '31.02.2025', null],
      ['МБОУ СОШ № 4', '17 февраля 2025 г.', 'направлено', null],
    ],
    { formats: { B3: 'dd.mm.yyyy' } },
  );
  const result = ingestWorkbook(book('reports.xlsx', grid), options());
  const table = tableOf(result, 'Отчёты ОО');

  it('maps each date column to the report of its item and leaves other columns alone', () => {
    expect(mappingOf(table)).toEqual({ A: null, B: 'report_2_6', C: 'report_3_1', D: null });
    expect(column(table, 'B').confidence).toBe('sure');
  });

  it('does not take the date of the order for the monitoring date', () => {
    expect(table.asOf).toBeNull();
    expect(result.asOf).toBeNull();
  });

  it('reads serial dates, short and long text dates, and says which dates are not dates', () => {
    expect(table.rows.map((r) => valueOf(r, 'report_2_6'))).toEqual(['2025-02-13', '2025-02-14', 'missing', '2025-02-17']);
    expect(table.rows.map((r) => valueOf(r, 'report_3_1'))).toEqual(['2025-02-13', 'missing', 'invalid', 'invalid']);
    const third = rowOf(table, 'МБОУ СОШ № 3').measures.report_3_1?.value;
    expect(third).toEqual({ kind: 'invalid', raw: '31.02.2025', reason: 'такой даты нет в календаре' });
  });
});

describe('separator rows, blank rows, a row of column numbers and «Итого по району»', () => {
  const grid = sheet(
    'Сферум 03.03.2025',
    [
      [
        '№',
        'Наименование образовательной организации',
        'Обучающихся всего',
        'Обучающихся зарегистрировано в Сферуме',
        'Чатов всего',
        'Из них в Сферуме',
      ],
      [1, 2, 3, 4, 5, 6],
      ['Северный район', null, null, null, null, null],
      [1, 'МБОУ СОШ № 1', 500, 450, 20, 18],
      [null, null, null, null, null, null],
      [2, 'МБОУ СОШ № 2', 300, 300, 12, 12],
      [null, 'Итого по району', 800, 750, 32, 30],
      [null, 'Южный район', null, null, null, null],
      [3, 'МКОУ ООШ № 7', null, null, null, null],
      ['Всего', null, 800, 750, 32, 30],
    ],
    { merges: ['A3:F3'] },
  );
  const result = ingestWorkbook(book('sferum.xlsx', grid), options());
  const table = tableOf(result, 'Сферум 03.03.2025');

  it('keeps exactly the schools, including one that gave no data', () => {
    expect(table.rows.map((r) => [r.schoolName, r.row])).toEqual([
      ['МБОУ СОШ № 1', 4],
      ['МБОУ СОШ № 2', 6],
      ['МКОУ ООШ № 7', 9],
    ]);
    expect(valueOf(rowOf(table, 'МКОУ ООШ № 7'), 'students_sferum_registered')).toBe('missing');
  });

  it('maps chats in «Сферум» apart from all chats', () => {
    expect(mappingOf(table)).toEqual({
      A: null,
      B: null,
      C: 'students_total',
      D: 'students_sferum_registered',
      E: 'chats_total',
      F: 'chats_sferum',
    });
    expect(result.diagnostics).toEqual([]);
  });
});

describe('the link between РИС ЭШ and «Сферум» named only in the title', () => {
  const grid = sheet(
    'Связка',
    [
      ['Связка учётных записей РИС «Электронная школа» и ИКОП «Сферум» по состоянию на 03.03.2025'],
      ['Наименование ОО', 'Педагогов всего', 'Педагоги', 'Обучающихся всего', 'Обучающиеся'],
      ['МБОУ СОШ № 1', 45, 40, 500, 410],
    ],
    { merges: ['A1:E1'] },
  );
  const table = tableOf(ingestWorkbook(book('link.xlsx', grid), options()), 'Связка');

  it('maps the bare subject columns to linked profiles and the totals to headcounts', () => {
    expect(mappingOf(table)).toEqual({ A: null, B: 'teachers_total', C: 'teachers_linked', D: 'students_total', E: 'students_linked' });
    expect(column(table, 'C').confidence).toBe('sure');
  });
});

describe('a parent written once over unmerged children', () => {
  const grid = sheet('ФГИС', [
    ['Наименование ОО', 'Педагоги', null, 'Обучающиеся', null],
    [null, 'всего', 'зарегистрированы во ФГИС «Моя школа»', 'всего', 'зарегистрированы во ФГИС «Моя школа»'],
    ['МБОУ СОШ № 1', 45, 44, 500, 490],
  ]);
  const table = tableOf(ingestWorkbook(book('b.xlsx', grid), options()), 'ФГИС');

  it('gives each child the parent to its left', () => {
    expect(table.headerRows).toEqual([1, 2]);
    expect(mappingOf(table)).toEqual({
      A: null,
      B: 'teachers_total',
      C: 'teachers_fgis_registered',
      D: 'students_total',
      E: 'students_fgis_registered',
    });
    expect(column(table, 'E').header).toBe('Обучающиеся › зарегистрированы во ФГИС «Моя школа»');
  });
});

describe('header cells with line breaks, merged down two rows', () => {
  it('reads each header once, in one line', () => {
    const grid = sheet(
      'ФГИС',
      [
        ['Наименование\nОО', 'Количество\nшкольников', 'Обучающиеся'],
        [null, null, 'зарегистрированы\nво ФГИС «Моя школа»'],
        ['МБОУ СОШ № 1', 500, 480],
      ],
      { merges: ['A1:A2', 'B1:B2'] },
    );
    const table = tableOf(ingestWorkbook(book('b.xlsx', grid), options()), 'ФГИС');
    expect(table.mapping.map((m) => m.header)).toEqual([
      'Наименование ОО',
      'Количество школьников',
      'Обучающиеся › зарегистрированы во ФГИС «Моя школа»',
    ]);
    expect(mappingOf(table)).toEqual({ A: null, B: 'students_total', C: 'students_fgis_registered' });
  });
});

describe('a table whose school and ИНН columns have no header', () => {
  it('finds them by their values', () => {
    const grid = sheet('ФГИС МШ', [
      [null, null, 'Педагогов всего', 'Педагогов зарегистрировано', 'Телефон'],
      ['МБОУ СОШ № 1', '3801000001', 45, 44, 89501234567],
      ['Гимназия № 2', '3801000002', 30, 30, 89501234568],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    const table = tableOf(result, 'ФГИС МШ');
    expect(table.rows.map((r) => [r.schoolName, r.inn])).toEqual([
      ['МБОУ СОШ № 1', '3801000001'],
      ['Гимназия № 2', '3801000002'],
    ]);
    expect(mappingOf(table)).toEqual({ C: 'teachers_total', D: 'teachers_fgis_registered', E: null });
  });

  it('a header without schools under it is reported', () => {
    const grid = sheet('ФГИС МШ', [['Наименование ОО', 'Педагогов всего', 'Педагогов зарегистрировано']]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        id: 'ingest.no-rows',
        sheet: 'ФГИС МШ',
        message: 'На листе «ФГИС МШ» под заголовком таблицы нет ни одной школы.',
      }),
    ]);
  });
});

describe('school names merged over two columns', () => {
  it('are schools, while a district merged across the table is a separator', () => {
    const grid = sheet(
      'ФГИС МШ',
      [
        ['Наименование ОО', null, 'Педагогов всего', 'Педагогов зарегистрировано'],
        ['Северный район', null, null, null],
        ['МБОУ СОШ № 1', null, 45, 44],
        ['Ивановская средняя', null, 30, 29],
      ],
      { merges: ['A1:B1', 'A2:D2', 'A3:B3', 'A4:B4'] },
    );
    const table = tableOf(ingestWorkbook(book('b.xlsx', grid), options()), 'ФГИС МШ');
    expect(table.rows.map((r) => r.schoolName)).toEqual(['МБОУ СОШ № 1', 'Ивановская средняя']);
    expect(valueOf(rowOf(table, 'Ивановская средняя'), 'teachers_fgis_registered')).toBe(29);
  });
});
