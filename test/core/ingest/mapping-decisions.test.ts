import { ingestWorkbook } from '../../../src/core/ingest/ingest-workbook';
import { book, options, sheet } from './grid-builder';
import { column, mappingOf, tableOf, valueOf } from './ingest-helpers';

/** «зарегистрированы» with nothing saying which system: a coin toss between two, so not recognised. */
function ambiguousSheet() {
  return sheet('Регистрация', [
    ['Мониторинг регистрации педагогов'],
    ['Наименование ОО', 'Педагогов всего', 'Зарегистрированы', 'Комментарий'],
    ['МБОУ СОШ № 1', 45, 40, 'проверено'],
    ['МБОУ СОШ № 2', 30, 30, null],
  ]);
}

describe('a column ingestion is unsure of', () => {
  const result = ingestWorkbook(book('b.xlsx', ambiguousSheet()), options());
  const table = tableOf(result, 'Регистрация');

  it('is shown with its best guesses and not used for evaluation', () => {
    const c = column(table, 'C');
    expect(c.confidence).toBe('unknown');
    expect(c.measure).toBeNull();
    expect([...c.alternatives].sort()).toEqual(['teachers_fgis_registered', 'teachers_sferum_registered']);
    expect(table.measures).toEqual(['teachers_total']);
    expect(table.rows[0].measures.teachers_fgis_registered).toBeUndefined();
    expect(table.rows[0].measures.teachers_sferum_registered).toBeUndefined();
  });

  it('is reported in Russian with the column, its header and the choices', () => {
    const warning = result.diagnostics.find((d) => d.id === 'ingest.column-unknown');
    expect(warning).toMatchObject({ severity: 'warning', sheet: 'Регистрация', cell: 'C2' });
    expect(warning?.message).toMatch(
      /^Столбец C «Зарегистрированы» на листе «Регистрация» не распознан, его данные не проверялись\. Возможно, это «Педагогов зарегистрировано (во ФГИС «Моя школа»|в «Сферуме»)» или «Педагогов зарегистрировано (во ФГИС «Моя школа»|в «Сферуме»)»\. Укажите, что в нём, в настройках сопоставления\.$/,
    );
    expect(result.diagnostics).toHaveLength(1);
  });

  it('still lists every column in the mapping, a comment as context of the row', () => {
    expect(column(table, 'D')).toMatchObject({ header: 'Комментарий', measure: null, confidence: 'identity' });
    expect(column(table, 'A')).toMatchObject({ measure: null, confidence: 'identity' });
    expect(result.mapping.map((m) => m.column)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe("the user's mapping", () => {
  it('wins over the guesses, and null ignores a column', () => {
    const result = ingestWorkbook(
      book('b.xlsx', ambiguousSheet()),
      options({
        mapping: [
          { sheet: 'Регистрация', column: 'C', measure: 'teachers_sferum_registered' },
          { sheet: 'Регистрация', column: 'B', measure: null },
        ],
      }),
    );
    const table = tableOf(result, 'Регистрация');
    expect(column(table, 'C')).toMatchObject({ measure: 'teachers_sferum_registered', confidence: 'user' });
    expect(column(table, 'B')).toMatchObject({ measure: null, confidence: 'user' });
    expect(table.measures).toEqual(['teachers_sferum_registered']);
    expect(valueOf(table.rows[1], 'teachers_sferum_registered')).toBe(30);
    expect(table.rows[1].measures.teachers_total).toBeUndefined();
    expect(result.diagnostics).toEqual([]);
  });

  it('reports an unknown measure and a column the table does not have', () => {
    const result = ingestWorkbook(
      book('b.xlsx', ambiguousSheet()),
      options({
        mapping: [
          { sheet: 'Регистрация', column: 'C', measure: 'teachers_registred' },
          { sheet: 'Регистрация', column: 'K', measure: 'teachers_total' },
        ],
      }),
    );
    expect(result.diagnostics.map((d) => d.id).sort()).toEqual([
      'ingest.column-unknown',
      'ingest.mapping-column-not-found',
      'ingest.mapping-unknown-measure',
    ]);
    expect(column(tableOf(result, 'Регистрация'), 'C').confidence).toBe('unknown');
  });
});

describe('two columns that look like the same measure', () => {
  it('uses the first and says so', () => {
    const grid = sheet('ФГИС МШ', [
      ['Наименование ОО', 'Педагогов зарегистрировано', 'Зарегистрировано педагогов (повторная выгрузка)'],
      ['МБОУ СОШ № 1', 40, 41],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    const table = tableOf(result, 'ФГИС МШ');
    expect(mappingOf(table)).toEqual({ A: null, B: 'teachers_fgis_registered', C: 'teachers_fgis_registered' });
    expect(column(table, 'C').confidence).toBe('guess');
    expect(valueOf(table.rows[0], 'teachers_fgis_registered')).toBe(40);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        id: 'ingest.column-duplicate',
        message:
          'Столбцы B и C оба похожи на «Педагогов зарегистрировано во ФГИС «Моя школа»»; используется столбец B. Если нужен C, укажите это в настройках сопоставления.',
      }),
    ]);
  });
});

describe('a narrow winner', () => {
  it('is used, and the user is told which measure it was read as', () => {
    // No system anywhere, but only ФГИС «Моя школа» registers parents: a guess worth using, and saying so.
    const grid = sheet('Лист1', [
      ['Наименование ОО', 'Родители зарегистрированы'],
      ['МБОУ СОШ № 1', 120],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    const table = tableOf(result, 'Лист1');
    expect(column(table, 'B')).toMatchObject({ measure: 'parents_fgis_registered', confidence: 'guess' });
    expect(valueOf(table.rows[0], 'parents_fgis_registered')).toBe(120);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        id: 'ingest.column-uncertain',
        severity: 'warning',
        cell: 'B1',
        message:
          'Столбец B «Родители зарегистрированы» распознан неуверенно: проверен как «Родителей зарегистрировано во ФГИС «Моя школа»». Если это не так, укажите соответствие в настройках сопоставления.',
      }),
    ]);
  });
});

describe('headcounts written as «Количество …»', () => {
  it('are totals unless the header says what the people did', () => {
    const grid = sheet('Сферум', [
      [
        'Наименование ОО',
        'Количество педагогических работников',
        'Количество педагогов, совершивших звонки',
        'Контингент обучающихся',
        'Количество обучающихся, зарегистрированных в Сферуме',
      ],
      ['МБОУ СОШ № 1', 45, 12, 500, 480],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    const table = tableOf(result, 'Сферум');
    expect(mappingOf(table)).toEqual({
      A: null,
      B: 'teachers_total',
      C: 'teachers_sferum_calls',
      D: 'students_total',
      E: 'students_sferum_registered',
    });
    expect(table.mapping.filter((m) => m.measure).map((m) => m.confidence)).toEqual(['sure', 'sure', 'sure', 'sure']);
    expect(result.diagnostics).toEqual([]);
  });
});
