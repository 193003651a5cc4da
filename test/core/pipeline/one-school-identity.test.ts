import { draftLetters } from '../../../src/core/letters/draft-letters';
import { nextRegisterRows } from '../../../src/core/letters/letter-register';
import { runCheck } from '../../../src/core/pipeline/run-check';
import { buildReport } from '../../../src/core/report/build-report';
import { previousRoundFromReport } from '../../../src/core/report/previous-round';
import { getPreset } from '../../../src/core/roadmap/presets';
import { PreviousRound } from '../../../src/core/evaluate/evaluation';
import { CheckResult } from '../../../src/core/pipeline/check-result';
import { sampleLetterSettings } from '../letters/letter-fixtures';
import { REGISTRY_SHEET, book, fgisSheet, grid } from './grids';

/**
 * «The same school» as a user meets it over one day: in the morning the school
 * sent its own sheet, without an ИНН and with the name spelt out in full; by
 * the afternoon the department's export, with the «Справочник ОО», writes it
 * «МБОУ СОШ №12». Ingestion, the comparison with the morning and the letter
 * numbering must all see one school.
 */
const roadmap = getPreset('municipal-2025')!;
const TITLE = 'Регистрация педагогов во ФГИС «Моя школа» по состоянию на 03.03.2025';
const TODAY = '2025-03-05';
const FULL_NAME = 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 12»';
const WRITTEN_OUT = 'Средняя общеобразовательная школа №12';

const morningSheet = grid('ФГИС МШ', [
  [TITLE],
  [],
  ['№ п/п', 'Наименование ОО', 'Педагогических работников всего (по ОО-1)', 'Педагогов зарегистрировано во ФГИС «Моя школа»'],
  [1, WRITTEN_OUT, 21, 18],
]);
const afternoonSheet = fgisSheet(TITLE, [
  ['МБОУ СОШ №1', '3625010008', 40, 40],
  ['МБОУ СОШ №12', '3625010776', 21, 18],
]);
const check = (books: ReturnType<typeof book>[], previous: PreviousRound | null = null) =>
  runCheck({ books, roadmap, registry: null, mapping: [], asOf: null, today: TODAY, previous });
const letters = (result: CheckResult, register: ReturnType<typeof nextRegisterRows>) =>
  draftLetters({
    findings: result.evaluation.findings,
    registry: result.registry,
    roadmap,
    asOf: result.asOf,
    today: TODAY,
    settings: sampleLetterSettings({ numberPrefix: '01-19/', nextNumber: 40 }),
    register,
  });
const teachers = (result: CheckResult, schoolId: string) =>
  result.evaluation.findings.find((f) => f.schoolId === schoolId && f.indicatorId === '3.2-teachers-registered');

describe('one school identity for ingestion, comparison and numbering', () => {
  const morning = check([book('СОШ 12.xlsx', morningSheet)]);
  const morningLetters = letters(morning, []);
  const register = nextRegisterRows([], morningLetters, []);
  const parsed = previousRoundFromReport(JSON.parse(JSON.stringify(buildReport(morning, []))), roadmap);
  if (!parsed.ok) throw new Error(parsed.reason);
  const afternoon = check([book('Мониторинг.xlsx', afternoonSheet, REGISTRY_SHEET)], parsed.previous);

  it('ingestion finds the spelt-out name without an ИНН in the registry', () => {
    const matched = check([book('СОШ 12.xlsx', morningSheet, REGISTRY_SHEET)]);
    expect(matched.tables[0]!.rows.map((r) => r.schoolId)).toEqual(['3625010776']);
    expect(matched.registry.schools.find((s) => s.id === '3625010776')?.name).toBe('МБОУ «СОШ № 12»');
  });

  it('the comparison with the morning says «повторно» for the shortfall', () => {
    expect(teachers(morning, morning.registry.schools[0]!.id)?.status).toBe('not_met');
    expect(teachers(afternoon, '3625010776')).toMatchObject({ status: 'not_met', comparison: 'repeated' });
    const [letter] = letters(afternoon, register);
    expect(letter!.items.find((i) => i.number === '3.2')?.repeated).toBe(true);
  });

  it('the afternoon letter keeps the morning’s number and adds no register row', () => {
    expect(morningLetters.map((l) => [l.school, l.number])).toEqual([[WRITTEN_OUT, '01-19/40']]);
    const afternoonLetters = letters(afternoon, register);
    // Ivanovka, absent from the export, is new to the register: the next number, and the one new row.
    expect(afternoonLetters.map((l) => [l.school, l.number])).toEqual([
      ['МБОУ «СОШ № 12»', '01-19/40'],
      ['МКОУ «ООШ с. Ивановка»', '01-19/41'],
    ]);
    expect(nextRegisterRows(register, afternoonLetters, []).map((r) => r.school)).toEqual(['МКОУ «ООШ с. Ивановка»']);
  });

  it('the full legal name is the same school too', () => {
    const full = grid('ФГИС МШ', [...morningSheet.values.slice(0, 3), [1, FULL_NAME, 21, 18]]);
    expect(check([book('СОШ 12.xlsx', full, REGISTRY_SHEET)]).tables[0]!.rows[0]!.schoolId).toBe('3625010776');
  });
});
