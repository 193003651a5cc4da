import { ingestWorkbook } from '../../../src/core/ingest/ingest-workbook';
import { readRegistry } from '../../../src/core/ingest/read-registry';
import { book, options, sheet } from '../ingest/grid-builder';
import { tableOf } from '../ingest/ingest-helpers';

function registrySheet(name = 'Справочник ОО') {
  return sheet(name, [
    ['Справочник образовательных организаций'],
    ['ИНН', 'Наименование ОО', 'ФИО директора', 'E-mail', 'Флагманский паблик', 'Директор (дательный падеж)', 'Пол'],
    ['3801000001', 'МБОУ «СОШ № 1»', 'Иванова Мария Петровна', 'school1@edu.ru', 'да', null, null],
    [3801000012, 'МБОУ «СОШ № 12»', 'Никитич Саша Ильич', 'school12@edu.ru', 'нет', 'С.И. Никитичу', 'м'],
    ['3801000003', 'МКОУ «ООШ № 3»', null, null, null, null, null],
    ['3801000003', 'МКОУ ООШ № 3 (повтор)', null, null, null, null, null],
    ['3801000009', null, 'Сидоров Пётр Иванович', null, null, null, null],
  ]);
}

describe('a «Справочник ОО» sheet', () => {
  it('gives schools with ИНН, director, e-mail, flagship page and the manual overrides', () => {
    const { registry, diagnostics } = readRegistry(book('registry.xlsx', registrySheet()));
    expect(registry?.source).toBe('Справочник ОО');
    expect(registry?.schools.slice(0, 2)).toEqual([
      {
        id: '3801000001',
        name: 'МБОУ «СОШ № 1»',
        inn: '3801000001',
        director: { fullName: 'Иванова Мария Петровна', dativeOverride: null, gender: null },
        email: 'school1@edu.ru',
        flagship: true,
      },
      {
        id: '3801000012',
        name: 'МБОУ «СОШ № 12»',
        inn: '3801000012',
        director: { fullName: 'Никитич Саша Ильич', dativeOverride: 'С.И. Никитичу', gender: 'male' },
        email: 'school12@edu.ru',
        flagship: false,
      },
    ]);
    expect(registry?.schools).toHaveLength(3);
    expect(diagnostics).toEqual([
      expect.objectContaining({ id: 'registry.duplicate-school', sheet: 'Справочник ОО', cell: 'B6' }),
      expect.objectContaining({ id: 'registry.row-without-name', sheet: 'Справочник ОО', cell: 'B7' }),
    ]);
  });

  it('in a separate file may have any sheet name; a file without one says so', () => {
    expect(readRegistry(book('r.xlsx', registrySheet('Лист1'))).registry?.schools).toHaveLength(3);
    const none = readRegistry(book('r.xlsx', sheet('Лист1', [['Просто текст']])));
    expect(none.registry).toBeNull();
    expect(none.diagnostics[0]).toMatchObject({ id: 'registry.not-found', severity: 'error' });
  });
});

describe('matching monitoring rows to the registry', () => {
  const monitoring = sheet('ФГИС МШ 03.03.2025', [
    ['Наименование ОО', 'Педагогов всего', 'Педагогов зарегистрировано'],
    ['МБОУ СОШ №1', 45, 44],
    ['мбоу сош № 12', 38, 38],
    ['МБОУ СОШ № 7', 20, 20],
    ['МБОУ «СОШ № 1»', 45, 45],
  ]);

  it('uses the registry sheet of the workbook, reports strangers and duplicates with their cells', () => {
    const result = ingestWorkbook(book('b.xlsx', registrySheet(), monitoring), options());
    const table = tableOf(result, 'ФГИС МШ 03.03.2025');
    expect(result.tables).toHaveLength(1);
    expect(result.registry.source).toBe('Справочник ОО');
    expect(table.rows.map((r) => [r.schoolName, r.schoolId])).toEqual([
      ['МБОУ СОШ №1', '3801000001'],
      ['мбоу сош № 12', '3801000012'],
      ['МБОУ СОШ № 7', null],
    ]);
    const warnings = result.diagnostics.filter((d) => d.id.startsWith('ingest.'));
    expect(warnings).toEqual([
      expect.objectContaining({
        id: 'ingest.school-not-in-registry',
        cell: 'A4',
        message: 'Школа «МБОУ СОШ № 7» не найдена в справочнике ОО; её строка не сопоставлена.',
      }),
      expect.objectContaining({
        id: 'ingest.duplicate-school',
        cell: 'A5',
        message: 'Школа «МБОУ «СОШ № 1»» встречается на листе дважды: в ячейках A2 и A5. Использована первая строка.',
      }),
    ]);
  });

  it('prefers a registry given from outside', () => {
    const outside = readRegistry(book('r.xlsx', registrySheet('Лист1'))).registry;
    const result = ingestWorkbook(book('b.xlsx', monitoring), options({ registry: outside }));
    expect(result.registry).toBe(outside);
    expect(tableOf(result, 'ФГИС МШ 03.03.2025').rows[0].schoolId).toBe('3801000001');
  });

  it('without any registry builds one from the rows, the first spelling winning', () => {
    const second = sheet('Сферум', [
      ['Наименование ОО', 'Педагогов всего', 'Зарегистрировано педагогов'],
      ['МБОУ «СОШ № 1»', 45, 30],
    ]);
    const result = ingestWorkbook(book('b.xlsx', monitoring, second), options());
    expect(result.registry.source).toBe('таблицы мониторинга');
    expect(result.registry.schools.map((s) => s.name)).toEqual(['МБОУ СОШ №1', 'мбоу сош № 12', 'МБОУ СОШ № 7']);
    expect(tableOf(result, 'Сферум').rows[0].schoolId).toBe('name:мбоу сош № 1');
  });
});
