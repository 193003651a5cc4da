import fc from 'fast-check';
import { ingestWorkbook } from '../../../src/core/ingest/ingest-workbook';
import { CellValue, Grid } from '../../../src/core/model/grid';
import { book, options, sheet } from './grid-builder';

describe('workbooks that hold no monitoring table', () => {
  it('an empty workbook gets one clear error', () => {
    const result = ingestWorkbook(book('пустая.xlsx', sheet('Лист1', [])), options());
    expect(result.tables).toEqual([]);
    expect(result.diagnostics).toEqual([
      {
        id: 'ingest.empty-workbook',
        severity: 'error',
        message: 'Книга «пустая.xlsx» пуста: в ней нет ни одного листа с данными.',
        sheet: null,
        cell: null,
      },
    ]);
  });

  it('a sheet without a list of schools is named, and the book without any table is an error', () => {
    const notes = sheet('Заметки', [['Позвонить в СОШ № 1 до пятницы'], ['Проверить сайт']]);
    const result = ingestWorkbook(book('b.xlsx', notes), options());
    expect(result.diagnostics.map((d) => [d.id, d.severity, d.sheet, d.message])).toEqual([
      ['ingest.table-not-found', 'warning', 'Заметки', 'На листе «Заметки» не найдена таблица со списком школ.'],
      ['ingest.no-tables', 'error', null, 'В книге «b.xlsx» не найдено ни одной таблицы со списком школ.'],
    ]);
  });

  it("the product's own sheets and the rules sheet are not read as monitoring", () => {
    const own = ['Сводка', 'Нарушения', 'Календарь контроля', 'Легенда', 'Реестр писем', 'Правила'].map((name) =>
      sheet(name, [
        ['Наименование ОО', 'Педагогов всего'],
        ['МБОУ СОШ № 1', 1],
      ]),
    );
    const data = sheet('ФГИС', [
      ['Наименование ОО', 'Педагогов всего'],
      ['МБОУ СОШ № 1', 45],
    ]);
    const result = ingestWorkbook(book('b.xlsx', ...own, data), options());
    expect(result.tables.map((t) => t.sheet)).toEqual(['ФГИС']);
  });

  it('a row with data but no school is reported with its cell', () => {
    const grid = sheet('ФГИС', [
      ['№', 'Наименование ОО', 'Педагогов всего', 'Педагогов зарегистрировано во ФГИС'],
      [1, 'МБОУ СОШ № 1', 45, 44],
      [2, null, 30, 30],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    expect(result.diagnostics).toEqual([expect.objectContaining({ id: 'ingest.row-without-school', sheet: 'ФГИС', cell: 'B3' })]);
    expect(result.tables[0].rows).toHaveLength(1);
  });

  it('an ИНН that is not one is reported and the school is matched by name', () => {
    const grid = sheet('ФГИС', [
      ['ИНН', 'Наименование ОО', 'Педагогов всего'],
      ['38012', 'МБОУ СОШ № 1', 45],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        id: 'ingest.inn-invalid',
        cell: 'A2',
        message: '«38012» не похоже на ИНН (10 цифр); школа сопоставлена по названию.',
      }),
    ]);
    expect(result.tables[0].rows[0]).toMatchObject({ inn: null, schoolId: 'name:мбоу сош № 1' });
  });
});

describe('random grids', () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.double({ noNaN: false }),
    fc.integer({ min: -5, max: 100_000 }),
    fc.boolean(),
    fc.constantFrom(
      '#ДЕЛ/0!',
      '#N/A',
      '#ЗНАЧ!',
      'н/д',
      '-',
      '85,7%',
      '1 234',
      '13.02.25',
      'ИТОГО',
      'МБОУ СОШ № 1',
      'Наименование ОО',
      'зарегистрированы',
      'Педагоги',
      'п. 2.6',
      'ИНН',
      '№',
    ),
  );
  const merge = fc.record({
    top: fc.integer({ min: -2, max: 14 }),
    left: fc.integer({ min: -2, max: 10 }),
    bottom: fc.integer({ min: -2, max: 14 }),
    right: fc.integer({ min: -2, max: 10 }),
  });
  const grid: fc.Arbitrary<Grid> = fc.record({
    sheet: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Справочник ОО', 'Сводка', 'ФГИС МШ 03.03.2025', 'Правила')),
    values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
    numberFormats: fc.array(fc.array(fc.constantFrom('General', 'dd.mm.yyyy', '0%', '0.0'), { maxLength: 9 }), { maxLength: 14 }),
    originRow: fc.integer({ min: 1, max: 4 }),
    originCol: fc.integer({ min: 1, max: 4 }),
    merges: fc.array(merge, { maxLength: 5 }),
    hidden: fc.option(fc.boolean(), { nil: undefined }),
  });

  it('never make ingestion throw, and it always answers with arrays', () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 4 }), (grids) => {
        const result = ingestWorkbook({ name: 'random.xlsx', grids }, options());
        expect(Array.isArray(result.tables)).toBe(true);
        expect(Array.isArray(result.mapping)).toBe(true);
        expect(Array.isArray(result.diagnostics)).toBe(true);
        expect(Array.isArray(result.registry.schools)).toBe(true);
        // The last-resort guard must never be what kept it from throwing.
        expect(result.diagnostics.filter((d) => d.id === 'ingest.internal-error')).toEqual([]);
        for (const t of result.tables)
          for (const row of t.rows) for (const obs of Object.values(row.measures)) expect(obs?.cell).toMatch(/^[A-Z]+\d+$/);
      }),
      { numRuns: 400 },
    );
  });

  it('under a real header, random data still gives typed observations for every school row', () => {
    const header: CellValue[][] = [
      ['Мониторинг ФГИС «Моя школа» по состоянию на 03.03.2025'],
      ['№', 'Наименование ОО', 'Педагогические работники', null, 'Доля, %', 'Дата направления информации в УО (п. 3.1)'],
      [null, null, 'всего', 'зарегистрированы', null, null],
    ];
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const grid = sheet('ФГИС', [...header, ...rows], { merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3'] });
        const result = ingestWorkbook(book('b.xlsx', grid), options());
        expect(result.diagnostics.filter((d) => d.id === 'ingest.internal-error')).toEqual([]);
        const table = result.tables[0];
        expect(table.headerRows).toEqual([2, 3]);
        for (const row of table.rows) {
          expect(row.row).toBeGreaterThan(3);
          expect(Object.keys(row.measures).sort()).toEqual([...table.measures].sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
