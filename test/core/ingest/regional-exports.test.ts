import { ingestWorkbook } from '../../../src/core/ingest/ingest-workbook';
import { isoToExcelSerial } from '../../../src/core/model/iso-date';
import { book, options, sheet } from './grid-builder';
import { column, mappingOf, rowOf, tableOf, valueOf } from './ingest-helpers';

const NBSP = '\u00a0';

/** A regional ФГИС «Моя школа» export: two title rows, a two-row header with merged parents. */
function fgisExport() {
  return sheet(
    'Лист1',
    [
      ['Мониторинг регистрации во ФГИС «Моя школа»', null, null, null, null, null, null, null],
      ['по состоянию на 03.03.2025', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ['№ п/п', 'Наименование ОО', 'Педагогические работники', null, null, 'Обучающиеся', null, null],
      [null, null, 'всего (по ОО-1)', 'зарегистрированы', 'активные', 'всего (по ОО-1)', 'зарегистрированы', 'активные'],
      [1, 'МБОУ СОШ № 1', 45, '44', 30, `1${NBSP}234`, 1200, 900],
      [2, 'МБОУ «СОШ № 12»', 38, 38, 'н/д', 610, '#ДЕЛ/0!', 500],
      [3, 'МКОУ ООШ № 3', 12, -1, 10, 95, 95, '-'],
      [null, 'ИТОГО', 95, 81, 40, 1939, 1295, 1400],
    ],
    { merges: ['A1:H1', 'A2:H2', 'A4:A5', 'B4:B5', 'C4:E4', 'F4:H4'] },
  );
}

describe('a regional ФГИС «Моя школа» export', () => {
  const result = ingestWorkbook(book('fgis.xlsx', fgisExport()), options());
  const table = tableOf(result, 'Лист1');

  it('finds the two-row header under the titles and reads the date from the title', () => {
    expect(table.headerRows).toEqual([4, 5]);
    expect(table.asOf).toBe('2025-03-03');
    expect(result.asOf).toBe('2025-03-03');
  });

  it('maps «зарегистрированы» under «Педагогические работники» to ФГИС by the title', () => {
    expect(mappingOf(table)).toEqual({
      A: null,
      B: null,
      C: 'teachers_total',
      D: 'teachers_fgis_registered',
      E: 'teachers_fgis_active',
      F: 'students_total',
      G: 'students_fgis_registered',
      H: 'students_fgis_active',
    });
    expect(column(table, 'D').confidence).toBe('sure');
    expect(column(table, 'D').header).toBe('Педагогические работники › зарегистрированы');
    expect(table.measures).toEqual(expect.arrayContaining(['teachers_total', 'teachers_fgis_registered', 'students_fgis_active']));
  });

  it('reads numbers stored as text, thousands with no-break spaces, and keeps negative counts', () => {
    const first = rowOf(table, 'МБОУ СОШ № 1');
    expect(valueOf(first, 'teachers_fgis_registered')).toBe(44);
    expect(valueOf(first, 'students_total')).toBe(1234);
    expect(first.measures.teachers_fgis_registered).toMatchObject({ sheet: 'Лист1', cell: 'D6' });
    expect(valueOf(rowOf(table, 'МКОУ ООШ № 3'), 'teachers_fgis_registered')).toBe(-1);
  });

  it('tells missing data from formula errors', () => {
    const second = rowOf(table, 'МБОУ «СОШ № 12»');
    expect(valueOf(second, 'teachers_fgis_active')).toBe('missing');
    expect(second.measures.students_fgis_registered?.value).toEqual({
      kind: 'invalid',
      raw: '#ДЕЛ/0!',
      reason: 'ошибка в формуле (#ДЕЛ/0!)',
    });
    expect(valueOf(rowOf(table, 'МКОУ ООШ № 3'), 'students_fgis_active')).toBe('missing');
  });

  it('skips the ИТОГО row and builds the registry from the rows', () => {
    expect(table.rows.map((r) => r.schoolName)).toEqual(['МБОУ СОШ № 1', 'МБОУ «СОШ № 12»', 'МКОУ ООШ № 3']);
    expect(result.registry.schools.map((s) => s.id)).toEqual(['name:мбоу сош № 1', 'name:мбоу сош № 12', 'name:мкоу оош № 3']);
    expect(table.rows.map((r) => r.schoolId)).toEqual(result.registry.schools.map((s) => s.id));
    expect(result.diagnostics).toEqual([]);
  });
});

describe('an ИКОП «Сферум» export with the same header words', () => {
  const grid = sheet(
    'Сферум',
    [
      ['Мониторинг использования ИКОП «Сферум» на 3 марта 2025 г.'],
      ['№', 'Наименование ОО', 'Педагогические работники', null, null, null],
      [null, null, 'всего (по ОО-1)', 'зарегистрированы', 'активные', 'совершили звонки'],
      [1, 'МБОУ СОШ № 1', 45, 40, 20, 12],
      [2, 'МБОУ СОШ № 12', 38, 38, 35, 30],
    ],
    { merges: ['A1:F1', 'A2:A3', 'B2:B3', 'C2:F2'] },
  );
  const table = tableOf(ingestWorkbook(book('sferum.xlsx', grid), options()), 'Сферум');

  it('maps «зарегистрированы» and «активные» to «Сферум», not ФГИС', () => {
    expect(mappingOf(table)).toMatchObject({
      C: 'teachers_total',
      D: 'teachers_sferum_registered',
      E: 'teachers_sferum_active',
      F: 'teachers_sferum_calls',
    });
    expect(table.asOf).toBe('2025-03-03');
    expect(valueOf(rowOf(table, 'МБОУ СОШ № 12'), 'teachers_sferum_active')).toBe(35);
  });
});

describe('a sheet named with its monitoring date and a header in the first row', () => {
  const grid = sheet(
    'ФГИС МШ 17.02.2025',
    [
      ['ИНН', 'Образовательная организация', 'Численность педагогов', 'Зарегистрировано педагогов', 'Доля зарегистрированных педагогов, %'],
      [3801234567, 'МБОУ Новоназимовская СОШ № 4', 20, 17, '85,7%'],
      ['0274 012 345', 'МАОУ Гимназия № 2', 50, 50, 1],
      [274012346, 'МАОУ Лицей № 3', 30, 15, 0.5],
    ],
    { formats: { E3: '0%', E4: '0.0%' } },
  );
  const result = ingestWorkbook(book('fgis.xlsx', grid), options());
  const table = tableOf(result, 'ФГИС МШ 17.02.2025');

  it('takes the date from the sheet name and the system from «ФГИС МШ»', () => {
    expect(table.asOf).toBe('2025-02-17');
    expect(mappingOf(table)).toEqual({
      A: null,
      B: null,
      C: 'teachers_total',
      D: 'teachers_fgis_registered',
      E: 'teachers_fgis_registered_pct',
    });
  });

  it('reads ИНН as numbers, as text with spaces and without the leading zero', () => {
    expect(table.rows.map((r) => r.inn)).toEqual(['3801234567', '0274012345', '0274012346']);
    expect(result.registry.schools.map((s) => s.id)).toEqual(['3801234567', '0274012345', '0274012346']);
  });

  it('reads shares written as text and through a percent format', () => {
    expect(table.rows.map((r) => valueOf(r, 'teachers_fgis_registered_pct'))).toEqual([85.7, 100, 50]);
  });
});

describe('dates as Excel serials in the title', () => {
  it('reads a date cell of the title rows', () => {
    const grid = sheet(
      'Мониторинг',
      [
        ['Регистрация обучающихся во ФГИС «Моя школа»', null, isoToExcelSerial('2025-03-17')],
        ['Наименование ОО', 'Обучающихся всего', 'Обучающихся зарегистрировано'],
        ['МБОУ СОШ № 1', 500, 480],
      ],
      { formats: { C1: 'dd.mm.yyyy' } },
    );
    const table = tableOf(ingestWorkbook(book('b.xlsx', grid), options()), 'Мониторинг');
    expect(table.asOf).toBe('2025-03-17');
    expect(mappingOf(table)).toEqual({ A: null, B: 'students_total', C: 'students_fgis_registered' });
  });
});

describe('use of the platform and its content (items 3.2, 3.3)', () => {
  it('counts teachers using ЦОК apart from active teachers, and students using ЦОК as active', () => {
    const grid = sheet('Лист1', [
      [
        'Наименование ОО',
        'Педагоги, использующие ЦОК',
        'Педагоги — активные пользователи ФГИС «Моя школа»',
        'Обучающиеся, использующие сервисы и ЦОК ФГИС «Моя школа»',
      ],
      ['МБОУ СОШ № 1', 20, 35, 400],
    ]);
    const table = tableOf(ingestWorkbook(book('b.xlsx', grid), options()), 'Лист1');
    expect(mappingOf(table)).toEqual({ A: null, B: 'teachers_fgis_cok', C: 'teachers_fgis_active', D: 'students_fgis_active' });
    expect(table.mapping.filter((m) => m.measure).every((m) => m.confidence === 'sure')).toBe(true);
  });
});

describe('an «ИНН/КПП» column', () => {
  it('takes the ИНН before the slash', () => {
    const grid = sheet('ФГИС МШ', [
      ['ИНН/КПП', 'Наименование ОО', 'Педагогов всего'],
      ['3801000001/380101001', 'МБОУ СОШ № 1', 45],
    ]);
    const result = ingestWorkbook(book('b.xlsx', grid), options());
    expect(tableOf(result, 'ФГИС МШ').rows[0].inn).toBe('3801000001');
    expect(result.diagnostics).toEqual([]);
  });
});
