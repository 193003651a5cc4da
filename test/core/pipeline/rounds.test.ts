import { CellValue } from '../../../src/core/model/grid';
import { draftCheckLetters } from '../../../src/core/pipeline/check-letters';
import { runCheck } from '../../../src/core/pipeline/run-check';
import { sheetStem } from '../../../src/core/pipeline/rounds';
import { getPreset } from '../../../src/core/roadmap/presets';
import { DEFAULT_LETTER_SETTINGS } from '../../../src/app/letter-defaults';
import { REGISTRY_SHEET, book, grid } from './grids';

const roadmap = getPreset('municipal-2025')!;

/**
 * One «Сферум» export as a department pastes it into its monitoring workbook, one sheet per
 * round. Rows: school, ИНН, teachers (ОО-1), registered in «Сферум».
 */
function sferum(sheet: string, title: string, rows: [string, string, number, number][]) {
  return grid(sheet, [
    [title],
    ['№', 'Образовательная организация', 'ИНН', 'Педагоги', null],
    [null, null, null, 'всего', 'зарегистрированы'],
    ...rows.map(([name, inn, total, registered], i): CellValue[] => [i + 1, name, inn, total, registered]),
  ]);
}

const ROUND_1 = sferum('Сферум 20.02', 'Мониторинг ИКОП «Сферум»', [
  ['МБОУ «СОШ № 1»', '3625010008', 40, 30],
  ['МБОУ «СОШ № 12»', '3625010776', 50, 45],
  ['МКОУ «ООШ с. Ивановка»', '3625011057', 20, 15],
]);
const ROUND_2 = sferum('Сферум 06.03', 'Мониторинг ИКОП «Сферум» по состоянию на 06.03.2025', [
  ['МБОУ «СОШ № 1»', '3625010008', 40, 36],
  ['МБОУ «СОШ № 12»', '3625010776', 50, 50],
  ['МКОУ «ООШ с. Ивановка»', '3625011057', 20, 20],
]);
const ROUND_3 = sferum('Сферум 20.03', 'Мониторинг ИКОП «Сферум» по состоянию на 20.03.2025', [
  ['МБОУ «СОШ № 1»', '3625010008', 40, 38], // short in both rounds: «повторно»
  ['МБОУ «СОШ № 12»', '3625010776', 50, 48], // worsened since 06.03
  ['МКОУ «ООШ с. Ивановка»', '3625011057', 20, 20],
]);
const REGISTERED = '3.5-teachers-registered';

function check(asOf: string | null = null) {
  const monitoring = book('Сферум 2025.xlsx', REGISTRY_SHEET, ROUND_1, ROUND_2, ROUND_3);
  return { monitoring, result: runCheck({ books: [monitoring], roadmap, registry: null, mapping: [], asOf, today: '2025-11-23' }) };
}

describe('rounds of one monitoring pasted into one workbook', () => {
  it('tells the monitoring a sheet belongs to from its name without the date', () => {
    expect(['Сферум 06.03', 'Сферум 20.03.2025', 'Сферум от 06.03', 'сферум_2025-03-06', 'Сферум (06.03)'].map(sheetStem)).toEqual([
      'сферум',
      'сферум',
      'сферум',
      'сферум',
      'сферум',
    ]);
    expect(sheetStem('ФГИС МШ 06.03')).not.toBe(sheetStem('Сферум 06.03'));
  });

  it('checks the latest round and compares it with the one before, without --previous', () => {
    const { result } = check();
    expect(result.asOf).toBe('2025-03-20');
    const findings = result.evaluation.findings.filter((f) => f.indicatorId === REGISTERED);
    expect(findings.map((f) => [f.schoolId, f.status, f.cell, f.comparison])).toEqual([
      ['3625010008', 'not_met', 'E4', 'repeated'],
      ['3625010776', 'not_met', 'E5', 'worsened'],
      ['3625011057', 'met', 'E6', 'unchanged'],
    ]);
    // Only the checked round's cells are highlighted; earlier sheets are left as they are.
    const highlighted = new Set(result.books[0]!.plan.highlights.map((h) => h.sheet));
    expect([...highlighted]).toEqual(['Сферум 20.03']);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        id: 'rounds.found',
        severity: 'info',
        message: expect.stringMatching(
          /проверен лист «Сферум 20\.03» \(20\.03\.2025\); предыдущий раунд — «Сферум 06\.03» \(06\.03\.2025\)/,
        ),
      }),
    );
  });

  it('words a repeated shortfall «повторно» in the letter, and only that one', () => {
    const { result, monitoring } = check();
    const letters = draftCheckLetters(result, [monitoring], { settings: DEFAULT_LETTER_SETTINGS, today: '2025-03-21' });
    const text = (inn: string): string => JSON.stringify(letters.find((l) => l.schoolId === inn));
    expect(text('3625010008')).toMatch(/повторн/i);
    expect(text('3625010776')).not.toMatch(/повторн/i);
  });

  it('keeps every round for the trend, oldest first, dating a sheet named by day and month', () => {
    const { result } = check();
    expect(result.rounds.map((r) => [r.series, r.asOf, r.sheets])).toEqual([
      ['Сферум', '2025-02-20', ['Сферум 20.02']],
      ['Сферум', '2025-03-06', ['Сферум 06.03']],
      ['Сферум', '2025-03-20', ['Сферум 20.03']],
    ]);
    const met = result.rounds.map((r) => r.evaluation.findings.filter((f) => f.indicatorId === REGISTERED && f.status === 'met').length);
    expect(met).toEqual([0, 2, 1]);
  });

  it('checks the round an explicit --as-of picks and leaves the later ones alone, saying so', () => {
    const { result } = check('2025-03-10');
    const findings = result.evaluation.findings.filter((f) => f.indicatorId === REGISTERED);
    expect(findings.map((f) => [f.status, f.cell, f.comparison])).toEqual([
      ['not_met', 'E4', 'repeated'],
      ['met', 'E5', 'improved'],
      ['met', 'E6', 'improved'],
    ]);
    expect(result.rounds.map((r) => r.asOf)).toEqual(['2025-02-20', '2025-03-06']);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ id: 'rounds.later-ignored', sheet: 'Сферум 20.03' }));
  });

  it('leaves sheets of different monitorings alone, even with the same date', () => {
    const fgis = grid('ФГИС МШ 20.03', [
      ['Регистрация педагогов во ФГИС «Моя школа» по состоянию на 20.03.2025'],
      ['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогических работников всего (по ОО-1)', 'Педагогов зарегистрировано во ФГИС «Моя школа»'],
      [1, 'МБОУ «СОШ № 1»', '3625010008', 40, 40],
    ]);
    const monitoring = book('Мониторинг.xlsx', REGISTRY_SHEET, ROUND_3, fgis);
    const result = runCheck({ books: [monitoring], roadmap, registry: null, mapping: [], asOf: null, today: '2025-11-23' });
    expect(result.tables.map((t) => t.sheet)).toEqual(['Сферум 20.03', 'ФГИС МШ 20.03']);
    expect(result.rounds).toEqual([]);
    expect(result.evaluation.findings.every((f) => f.comparison === null)).toBe(true);
  });
});
