import { draftCheckLetters } from '../../../src/core/pipeline/check-letters';
import { runCheck } from '../../../src/core/pipeline/run-check';
import { buildReport } from '../../../src/core/report/build-report';
import { columnSummaryLine } from '../../../src/core/report/column-summary';
import { getPreset } from '../../../src/core/roadmap/presets';
import { CellValue } from '../../../src/core/model/grid';
import { sampleLetterSettings } from '../letters/letter-fixtures';
import { REGISTRY_SHEET, book, grid } from './grids';

/**
 * A sheet with two data columns nothing recognises: each is a warning with its
 * sheet, letter and header, the summary counts them, and the letters that
 * the known columns give are the same as without them.
 */
const roadmap = getPreset('municipal-2025')!;
const known: CellValue[][] = [
  ['Наименование ОО', 'ИНН', 'Педагогических работников всего (по ОО-1)', 'Педагогов зарегистрировано во ФГИС «Моя школа»'],
  ['МБОУ «СОШ № 1»', '3625010008', 40, 40],
  ['МБОУ «СОШ № 12»', '3625010776', 21, 18],
  ['МКОУ «ООШ с. Ивановка»', '3625011057', 12, 12],
];
const extra: CellValue[][] = [
  ['Выдано планшетов', 'Индекс вовлечённости'],
  [12, '0,7'],
  [3, '0,4'],
  [0, '0,9'],
];
const withUnknown = known.map((row, i) => [...row, ...extra[i]]);
const check = (rows: CellValue[][]) =>
  runCheck({
    books: [book('b.xlsx', grid('ФГИС МШ', [['Мониторинг ФГИС «Моя школа» на 03.03.2025'], ...rows]), REGISTRY_SHEET)],
    roadmap,
    registry: null,
    mapping: [],
    asOf: '2025-03-03',
    today: '2025-03-04',
  });
const letterTexts = (rows: CellValue[][]) => {
  const result = check(rows);
  return draftCheckLetters(result, [], { settings: sampleLetterSettings(), today: '2025-03-04' }).map((l) => ({
    inn: l.inn,
    items: l.items.map((i) => i.text),
  }));
};

describe('a sheet with two unknown data columns', () => {
  const result = check(withUnknown);
  const report = buildReport(result, []);

  it('gives one warning for each, with the sheet, the column letter and the header', () => {
    const warnings = result.diagnostics.filter((d) => d.id === 'ingest.column-unknown');
    expect(warnings.map((d) => [d.severity, d.sheet, d.cell, d.message])).toEqual([
      [
        'warning',
        'ФГИС МШ',
        'E2',
        'Столбец E «Выдано планшетов» на листе «ФГИС МШ» не распознан, его данные не проверялись. Укажите, что в нём, в настройках сопоставления.',
      ],
      [
        'warning',
        'ФГИС МШ',
        'F2',
        'Столбец F «Индекс вовлечённости» на листе «ФГИС МШ» не распознан, его данные не проверялись. Укажите, что в нём, в настройках сопоставления.',
      ],
    ]);
  });

  it('counts them in the summary and marks them unknown in report.json', () => {
    expect(report.summary.columns).toEqual({ recognised: 4, unrecognised: 2 });
    expect(columnSummaryLine(report.summary.columns)).toBe('Столбцы: распознано 4, не распознано 2 — см. report.json.');
    expect(report.mapping.map((m) => [m.column, m.confidence])).toEqual([
      ['A', 'identity'],
      ['B', 'identity'],
      ['C', 'sure'],
      ['D', 'sure'],
      ['E', 'unknown'],
      ['F', 'unknown'],
    ]);
  });

  it('leaves the letters of the known columns as they are', () => {
    const letters = letterTexts(withUnknown);
    expect(letters.map((l) => l.inn)).toEqual(['3625010776']);
    expect(letters).toEqual(letterTexts(known));
  });
});
