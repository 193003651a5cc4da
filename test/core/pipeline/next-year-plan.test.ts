import { CellValue } from '../../../src/core/model/grid';
import { draftCheckLetters } from '../../../src/core/pipeline/check-letters';
import { roadmapFromBooks } from '../../../src/core/pipeline/roadmap-from-books';
import { runCheck } from '../../../src/core/pipeline/run-check';
import { DEFAULT_LETTER_SETTINGS } from '../../../src/app/letter-defaults';
import { getPreset } from '../../../src/core/roadmap/presets';
import { roadmapToRulesSheet } from '../../../src/core/roadmap/rules-sheet';
import { REGISTRY_SHEET, book, grid } from './grids';

/**
 * A department makes its 2026 plan from the 2025 one without a developer: it writes the «Правила»
 * sheet of the built-in plan into its monitoring workbook and edits it the way anyone edits a
 * sheet in Excel — a new title and year, dates typed as dates, one threshold raised, an item
 * deleted with its rows, an item added at the bottom with measures the product already reads.
 */
function plan2026(): CellValue[][] {
  const sheet = roadmapToRulesSheet(getPreset('municipal-2025')!, 'municipal-2025');
  const header = sheet.findIndex((row) => row[0] === 'Пункт');
  const col = (name: string): number => sheet[header]!.indexOf(name);
  const rowOf = (code: string): CellValue[] => sheet.find((row) => row[col('Код показателя')] === code)!;

  sheet[0]![1] = 'Муниципальный план мероприятий («дорожная карта») «Цифровая трансформация» на 2026 год';
  sheet[1]![1] = 2026;
  sheet[2]![1] = 'municipal-2026';
  // The ЕСИА report is due 13.02.2026; Excel turns the typed date into its serial number.
  rowOf('2.6-report')[col('Срок отчёта')] = 46066;
  rowOf('3.2-teachers-active')[col('Порог')] = 95;
  // Item 1.3 is not in the 2026 plan: its rows are deleted.
  const withoutItem = sheet.filter((row, i) => i <= header || row[col('Пункт')] !== '1.3');
  const added: CellValue[] = Array<CellValue>(sheet[header]!.length).fill(null);
  added[col('Пункт')] = '6.1';
  added[col('Мероприятие')] = 'Регистрация во ФГИС «Моя школа» педагогов, принятых на работу в 2026 году';
  added[col('Код показателя')] = '6.1-new-teachers';
  added[col('Показатель')] = 'Доля педагогов, зарегистрированных во ФГИС «Моя школа» (с учётом принятых в 2026 году)';
  added[col('Уровень')] = 'школа';
  added[col('Вид правила')] = 'доля не менее';
  added[col('Данные')] = 'teachers_fgis_registered / teachers_total';
  added[col('Порог')] = '100 %';
  added[col('Контроль')] = 'ежемесячно';
  added[col('Сноска «*»')] = 'да';
  added[col('Контролируется')] = 'да';
  return [...withoutItem, added];
}

const FGIS_2026 = grid('ФГИС МШ 16.03.2026', [
  ['Мониторинг ФГИС «Моя школа» по состоянию на 16.03.2026'],
  [],
  ['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогов всего (по ОО-1)', 'Зарегистрировано педагогов', 'Активных педагогов'],
  [1, 'МБОУ СОШ №1', '3625010008', 40, 40, 39], // 97,5 % active: meets 95
  [2, 'МБОУ «СОШ № 12»', '3625010776', 50, 50, 46], // 92 % active: met 90 in 2025, short of 95 now
  [3, 'МКОУ ООШ с. Ивановка', '3625011057', 20, 19, 19],
]);
const REPORTS_2026 = grid('Отчёты ОО', [
  ['Наименование ОО', 'ИНН', 'Дата направления информации в УО (п. 2.6)'],
  ['МБОУ «СОШ № 1»', '3625010008', '12.02.2026'],
  ['МБОУ «СОШ № 12»', '3625010776', '16.02.2026'],
  ['МКОУ «ООШ с. Ивановка»', '3625011057', '13.02.2026'],
]);

function check2026() {
  const monitoring = book('Мониторинг 2026.xlsx', grid('Правила', plan2026()), FGIS_2026, REPORTS_2026, REGISTRY_SHEET);
  const chosen = roadmapFromBooks([monitoring], getPreset('municipal-2025')!, false);
  if (!chosen.ok) throw new Error(chosen.diagnostics.map((d) => d.message).join('\n'));
  const result = runCheck({ books: [monitoring], roadmap: chosen.roadmap, registry: null, mapping: [], asOf: null, today: '2026-03-20' });
  return { chosen, result, monitoring };
}

const statusOf = (result: ReturnType<typeof check2026>['result'], indicator: string, inn: string): string | undefined =>
  result.evaluation.findings.find((f) => f.indicatorId === indicator && f.schoolId === inn)?.status;

describe('next year’s plan made by editing the «Правила» sheet', () => {
  it('checks the 2026 monitoring against the edited rules and says where the rules came from', () => {
    const { chosen, result } = check2026();
    expect(chosen.roadmap).toMatchObject({ id: 'municipal-2026', year: 2026 });
    expect(chosen.diagnostics).toEqual([
      expect.objectContaining({ id: 'rules.from-sheet', severity: 'info', message: expect.stringContaining('на 2026 год') }),
    ]);
    expect(result.asOf).toBe('2026-03-16');
    // The raised threshold: 92 % active met the 2025 plan's 90 %, not the 2026 plan's 95 %.
    expect(statusOf(result, '3.2-teachers-active', '3625010008')).toBe('met');
    expect(statusOf(result, '3.2-teachers-active', '3625010776')).toBe('not_met');
    // The new deadline: 16.02.2026 is late for 13.02.2026; 13.02.2026 itself is on time.
    expect(statusOf(result, '2.6-report', '3625010776')).toBe('late');
    expect(statusOf(result, '2.6-report', '3625011057')).toBe('met');
    // The added item is checked with measures the product already reads; the deleted one is gone.
    expect(statusOf(result, '6.1-new-teachers', '3625011057')).toBe('not_met');
    expect(statusOf(result, '6.1-new-teachers', '3625010008')).toBe('met');
    expect(result.roadmap.items.some((i) => i.number === '1.3')).toBe(false);
  });

  it('drafts letters that follow the edited rules', () => {
    const { result, monitoring } = check2026();
    const letters = draftCheckLetters(result, [monitoring], { settings: DEFAULT_LETTER_SETTINGS, today: '2026-03-20' });
    const bySchool = new Map(letters.map((l) => [l.schoolId, l]));
    expect(bySchool.has('3625010008')).toBe(false); // meets every edited rule it is checked on
    const school12 = JSON.stringify(bySchool.get('3625010776'));
    expect(school12).toContain('95');
    expect(school12).toContain('2026');
    expect(JSON.stringify(bySchool.get('3625011057'))).toContain('6.1');
  });

  it('stops the check on a sheet with bad rows, naming each cell', () => {
    const rows = plan2026();
    const header = rows.findIndex((row) => row[0] === 'Пункт');
    const threshold = rows[header]!.indexOf('Порог');
    const active = rows.findIndex((row) => row[2] === '3.2-teachers-active');
    rows[active]![threshold] = 'девяносто пять';
    rows[1]![1] = '26';
    const broken = book('Мониторинг 2026.xlsx', grid('Правила', rows), FGIS_2026);
    const chosen = roadmapFromBooks([broken], getPreset('municipal-2025')!, false);
    expect(chosen.ok).toBe(false);
    expect(chosen.diagnostics.map((d) => d.cell)).toEqual(['B2']);
    const yearFixed = rows.map((row) => [...row]);
    yearFixed[1]![1] = 2026;
    const second = roadmapFromBooks(
      [book('Мониторинг 2026.xlsx', grid('Правила', yearFixed), FGIS_2026)],
      getPreset('municipal-2025')!,
      false,
    );
    expect(second.ok).toBe(false);
    expect(second.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Правила',
        cell: `I${active + 1}`,
        message: expect.stringContaining('девяносто пять'),
      }),
    ]);
  });

  it('keeps the rules of an explicitly named file and says the sheet was not used', () => {
    const monitoring = book('Мониторинг 2026.xlsx', grid('Правила', plan2026()), FGIS_2026);
    const given = getPreset('municipal-2025')!;
    const chosen = roadmapFromBooks([monitoring], given, true);
    expect(chosen).toMatchObject({ ok: true, roadmap: given, fromSheet: false });
    expect(chosen.diagnostics[0]).toMatchObject({ id: 'rules.sheet-ignored', severity: 'info' });
  });
});

describe('a plan of a year that has passed', () => {
  it('warns that deadlines and the calendar are the plan’s year, and says how to make the next one', () => {
    const { monitoring } = check2026();
    const without = { ...monitoring, grids: monitoring.grids.filter((g) => g.sheet !== 'Правила') };
    const result = runCheck({
      books: [without],
      roadmap: getPreset('municipal-2025')!,
      registry: null,
      mapping: [],
      asOf: null,
      today: '2026-03-20',
    });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        id: 'rules.year-passed',
        severity: 'warning',
        message: expect.stringContaining('на 2025 год, а мониторинг — на 16.03.2026'),
      }),
    );
    expect(check2026().result.diagnostics.some((d) => d.id === 'rules.year-passed')).toBe(false);
  });
});
