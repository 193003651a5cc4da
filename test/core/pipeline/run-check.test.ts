import { runCheck } from '../../../src/core/pipeline/run-check';
import { buildReport } from '../../../src/core/report/build-report';
import { previousRoundFromReport } from '../../../src/core/report/previous-round';
import { getPreset } from '../../../src/core/roadmap/presets';
import { REGISTRY_SHEET, book, fgisSheet, grid } from './grids';

const roadmap = getPreset('municipal-2025')!;
const TITLE = 'Регистрация педагогов во ФГИС «Моя школа» по состоянию на 03.03.2025';
const monitoring = book(
  'monitoring.xlsx',
  fgisSheet(TITLE, [
    ['МБОУ СОШ №1', '3625010008', 40, 40],
    ['МБОУ «СОШ № 12»', '3625010776', '21', 18],
  ]),
  REGISTRY_SHEET,
);
const base = { books: [monitoring], roadmap, registry: null, mapping: [], asOf: null, today: '2025-11-23' };

describe('runCheck: the one pipeline every host runs', () => {
  it('takes the monitoring date from --as-of, else from the workbook, else today', () => {
    expect(runCheck({ ...base, asOf: '2025-03-17' })).toMatchObject({ asOf: '2025-03-17', asOfSource: 'argument' });
    expect(runCheck(base)).toMatchObject({ asOf: '2025-03-03', asOfSource: 'workbook' });
    const undated = book(
      'undated.xlsx',
      fgisSheet('Регистрация педагогов во ФГИС «Моя школа»', [['МБОУ «СОШ № 1»', '3625010008', 40, 40]]),
    );
    expect(runCheck({ ...base, books: [undated] })).toMatchObject({ asOf: '2025-11-23', asOfSource: 'today' });
  });

  it('evaluates every school of the registry, the absent one as no data', () => {
    const result = runCheck(base);
    const statuses = Object.fromEntries(
      result.evaluation.findings.filter((f) => f.indicatorId === '3.2-teachers-registered').map((f) => [f.schoolId, f.status]),
    );
    expect(statuses).toEqual({ '3625010008': 'met', '3625010776': 'not_met', '3625011057': 'no_data' });
    expect(result.registry.schools.find((s) => s.inn === '3625010776')?.director?.fullName).toBe('Головко Сергей Петрович');
    expect(result.checked).toBe(true);
  });

  it('plans each book with highlights on its own cells only', () => {
    const reports = book(
      'reports.xlsx',
      grid('Отчёты ОО', [
        ['Наименование ОО', 'ИНН', 'Дата направления информации в УО (п. 2.6)'],
        ['МБОУ «СОШ № 1»', '3625010008', '13.02.2025'],
        ['МБОУ «СОШ № 12»', '3625010776', '18.02.2025'],
      ]),
    );
    const result = runCheck({ ...base, books: [monitoring, reports] });
    const [first, second] = result.books.map((b) => b.plan.highlights.map((h) => `${h.sheet}!${h.cell}:${h.tone}`).sort());
    expect(first).toEqual(expect.arrayContaining(['ФГИС МШ!E4:good', 'ФГИС МШ!E5:bad']));
    expect(first.every((h) => h.startsWith('ФГИС МШ!'))).toBe(true);
    expect(second).toEqual(['Отчёты ОО!C2:good', 'Отчёты ОО!C3:bad']);
    // The registry of the first book serves the second: one school, one id, one row in the report.
    const report = buildReport(result, []);
    expect(report.schools.map((s) => s.name)).toEqual(['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 12»', 'МКОУ «ООШ с. Ивановка»']);
    expect(report.schools[1].findings.find((f) => f.item === '2.6')).toMatchObject({
      status: 'late',
      value: '2025-02-18',
      sheet: 'Отчёты ОО',
      cell: 'C3',
    });
    expect(report.books).toEqual(['monitoring.xlsx', 'reports.xlsx']);
  });

  it('collects the diagnostics of every stage and says when nothing could be checked', () => {
    const letter = book('letter.xlsx', grid('Лист1', [['Уважаемые коллеги!'], ['Совещание состоится 12.03.2025.']]));
    const result = runCheck({ ...base, books: [letter] });
    expect(result.checked).toBe(false);
    expect(result.diagnostics.some((d) => d.severity === 'error' && d.message.includes('letter.xlsx'))).toBe(true);
  });

  it('applies a user’s mapping and reports the effective mapping in the same shape', () => {
    const result = runCheck({ ...base, mapping: [{ sheet: 'ФГИС МШ', column: 'E', measure: null }] });
    const report = buildReport(result, []);
    expect(report.mapping.find((m) => m.sheet === 'ФГИС МШ' && m.column === 'E')).toMatchObject({ measure: null, confidence: 'user' });
    expect(report.mapping.find((m) => m.sheet === 'ФГИС МШ' && m.column === 'D')).toMatchObject({ measure: 'teachers_total' });
    expect(result.evaluation.findings.some((f) => f.indicatorId === '3.2-teachers-registered' && f.status === 'not_met')).toBe(false);
  });
});

describe('report.json as the next round’s --previous', () => {
  it('turns a report into a previous round that marks repeated findings', () => {
    const first = buildReport(runCheck(base), []);
    const parsed = previousRoundFromReport(JSON.parse(JSON.stringify(first)), roadmap);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.previous.asOf).toBe('2025-03-03');
    expect(parsed.previous.findings).toEqual(
      expect.arrayContaining([
        {
          school: 'МБОУ «СОШ № 12»',
          inn: '3625010776',
          item: '3.2',
          indicatorId: '3.2-teachers-registered',
          status: 'not_met',
          value: expect.closeTo(85.714, 3),
        },
      ]),
    );
    const second = runCheck({ ...base, asOf: '2025-03-17', previous: parsed.previous });
    const repeated = second.evaluation.findings.find((f) => f.schoolId === '3625010776' && f.indicatorId === '3.2-teachers-registered');
    expect(repeated?.comparison).toBe('repeated');
  });

  it('matches a hand-edited report without indicator ids by the indicator title, and rejects what is not a report', () => {
    const handmade = {
      asOf: '2025-02-17',
      schools: [
        {
          name: 'МБОУ «СОШ № 12»',
          inn: '3625010776',
          findings: [{ item: '3.2', indicator: 'Доля педагогов, зарегистрированных во ФГИС «Моя школа»', status: 'not_met', value: 80 }],
        },
      ],
    };
    const parsed = previousRoundFromReport(handmade, roadmap);
    expect(parsed.ok && parsed.previous.findings.map((f) => f.indicatorId)).toEqual(['3.2-teachers-registered']);
    const wrong = previousRoundFromReport({ asOf: '17.02.2025', schools: [] }, roadmap);
    expect(wrong.ok).toBe(false);
    expect(!wrong.ok && wrong.reason).toMatch(/^это не отчёт report\.json прошлой проверки \(поле asOf: /);
  });
});
