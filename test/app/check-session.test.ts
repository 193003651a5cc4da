import { checkBookSession, checkSession, renderSessionLetters, sessionReport } from '../../src/app/check-session';
import { DEFAULT_SETTINGS } from '../../src/app/check-settings';
import { DEFAULT_LETTER_SETTINGS, letterSettingsOf } from '../../src/app/letter-defaults';
import { checkedBookNames } from '../../src/app/output-names';
import { LETTER_REGISTER_HEADERS, registerRowCells } from '../../src/core/letters/letter-register';
import { getPreset } from '../../src/core/roadmap/presets';
import { REGISTRY_SHEET, book, fgisSheet, grid } from '../core/pipeline/grids';

const monitoring = book(
  'Мониторинг ФГИС.xlsx',
  fgisSheet('Регистрация педагогов во ФГИС «Моя школа» по состоянию на 03.03.2025', [
    ['МБОУ СОШ №1', '3625010008', 40, 40],
    ['МБОУ «СОШ № 12»', '3625010776', '21', 18],
  ]),
  REGISTRY_SHEET,
);

describe('the check session every host runs', () => {
  it('names in the register, before rendering, exactly the letter files the renderer then produces', async () => {
    const session = checkSession({
      books: [monitoring],
      roadmap: getPreset('municipal-2025')!,
      registry: null,
      mapping: [],
      asOf: null,
      today: '2025-03-05',
      letterSettings: letterSettingsOf({ letters: null }),
      letterFormats: ['docx', 'pdf'],
    });
    // «СОШ № 12» falls short and «ООШ с. Ивановка» sent nothing: two letters, each in two formats.
    expect(session.letters.map((l) => l.school)).toEqual(['МБОУ «СОШ № 12»', 'МКОУ «ООШ с. Ивановка»']);
    const predicted = session.result.books[0].plan.letterRegister.map((r) => r.file);

    const { session: rendered, files } = await renderSessionLetters(session, [monitoring], { formats: ['docx', 'pdf'], combined: true });
    expect(rendered.result.books[0].plan.letterRegister.map((r) => r.file)).toEqual(predicted);
    expect(
      files
        .filter((f) => f.schoolId)
        .map((f) => f.path)
        .sort(),
    ).toEqual(predicted.flatMap((p) => p.split(', ')).sort());
    // The combined file for printing is produced too, and belongs to no school.
    expect(files.some((f) => !f.schoolId && f.path.startsWith('letters/Все_письма_'))).toBe(true);
    expect(sessionReport(rendered).letters.map((l) => l.files)).toEqual(predicted.map((p) => p.split(', ')));
  });

  it('drafts placeholder letters with the pane’s default settings and says so', () => {
    const session = checkBookSession(monitoring, DEFAULT_SETTINGS, '2025-03-05');
    expect(session.placeholderLetters).toBe(true);
    expect(session.letterSettings).toBe(DEFAULT_LETTER_SETTINGS);
    expect(session.letters[0].department.name).toBe('Управление образования [наименование]');
    expect(session.result.books[0].plan.letterRegister[0].file).toMatch(/^letters\/3625010776_.*\.docx$/);
  });

  it('drafts no letters when no format is asked for', () => {
    const session = checkSession({
      books: [monitoring],
      roadmap: getPreset('municipal-2025')!,
      registry: null,
      mapping: [],
      asOf: null,
      today: '2025-03-05',
      letterSettings: letterSettingsOf({ letters: null }),
      letterFormats: [],
    });
    expect(session.letters).toEqual([]);
    expect(session.result.books[0].plan.letterRegister).toEqual([]);
  });
});

describe('checked workbook names', () => {
  it('keep one «.checked», whatever the path separator, and number the same names', () => {
    expect(checkedBookNames(['C:\\Мониторинг\\март.xlsx', '/home/uo/март.checked.xlsx', 'апрель.XLSX', 'Март.xlsx'])).toEqual([
      'март.checked.xlsx',
      'март-2.checked.xlsx',
      'апрель.checked.xlsx',
      'Март-3.checked.xlsx',
    ]);
  });

  it('warns once when the reply date falls in a year whose transfers of days off are not known', () => {
    const session = (today: string, calendar = { daysOff: [] as string[], workingDays: [] as string[] }) =>
      checkSession({
        books: [monitoring],
        roadmap: getPreset('municipal-2025')!,
        registry: null,
        mapping: [],
        asOf: '2025-03-03',
        today,
        letterSettings: { settings: { ...DEFAULT_LETTER_SETTINGS, responseWorkingDays: 5, calendar }, placeholder: true, diagnostics: [] },
        letterFormats: ['docx'],
      });
    const december = session('2026-12-28');
    expect(december.letters[0].deadline).toBe('2027-01-13');
    const warnings = december.result.diagnostics.filter((d) => d.id === 'letters.deadline-calendar-unknown');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].severity).toBe('warning');
    expect(warnings[0].message).toContain('13.01.2027');
    expect(warnings[0].message).toContain('2027 года');
    expect(session('2025-03-05').result.diagnostics.some((d) => d.id === 'letters.deadline-calendar-unknown')).toBe(false);
    // The department entered the 2027 transfers: the year is known.
    const entered = session('2026-12-28', { daysOff: [], workingDays: ['2027-01-09'] });
    expect(entered.result.diagnostics.some((d) => d.id === 'letters.deadline-calendar-unknown')).toBe(false);
  });

  it('drafts no letter and uses no number when the register is past the safe range of numbers', () => {
    const session = pastRange(letterSettingsOf({ letters: { ...DEFAULT_LETTER_SETTINGS } }));
    expect(session.placeholderLetters).toBe(false);
    expect(session.letters).toEqual([]);
    expect(session.result.books[0].plan.letterRegister).toEqual([]);
    const error = session.result.diagnostics.find((d) => d.id === 'letters.number-out-of-range');
    expect(error?.severity).toBe('error');
    expect(error?.message).toMatch(/^Письма не подготовлены: следующий исходящий номер \(1000000000\) больше 999999999/);
  });

  it('leaves the number blank on letters drafted before the department set its numbering', () => {
    // No settings: the letters take no outgoing number, so neither this run nor the next can repeat one.
    const session = pastRange(letterSettingsOf({ letters: null }));
    expect(session.placeholderLetters).toBe(true);
    expect(session.letters.map((l) => l.number)).toEqual(['________', '________']);
    expect(session.result.diagnostics.some((d) => d.id === 'letters.number-out-of-range')).toBe(false);
    // The register lists them with the blank; the department's first numbered run starts at its own next number.
    const rows = session.result.books[0].plan.letterRegister;
    expect(rows.filter((r) => r.number === '________')).toHaveLength(2);
  });

  it('a same-day run with the department’s numbering numbers the letters a blank run left in the register', () => {
    const blank = checkBookSession(monitoring, DEFAULT_SETTINGS, '2025-03-05');
    const register = grid('Реестр писем', [
      [...LETTER_REGISTER_HEADERS],
      ...blank.result.books[0].plan.letterRegister.map(registerRowCells),
    ]);
    const again = book(monitoring.name, ...monitoring.grids, register);
    expect(checkBookSession(again, DEFAULT_SETTINGS, '2025-03-05').letters.map((l) => l.number)).toEqual(['________', '________']);
    const numbered = checkBookSession(
      again,
      { ...DEFAULT_SETTINGS, letters: { ...DEFAULT_LETTER_SETTINGS, numberPrefix: '01-19/', nextNumber: 214 } },
      '2025-03-05',
    );
    expect(numbered.letters.map((l) => l.number)).toEqual(['01-19/214', '01-19/215']);
  });

  function pastRange(letterSettings: ReturnType<typeof letterSettingsOf>) {
    const withRegister = book(
      'Мониторинг ФГИС.xlsx',
      ...monitoring.grids,
      grid('Реестр писем', [
        ['Исх. номер', 'Дата', 'Образовательная организация'],
        ['999999999', '17.02.2025', 'МБОУ «СОШ № 12»'],
      ]),
    );
    const session = checkSession({
      books: [withRegister],
      roadmap: getPreset('municipal-2025')!,
      registry: null,
      mapping: [],
      asOf: null,
      today: '2025-03-05',
      letterSettings,
      letterFormats: ['docx'],
    });
    return session;
  }
});
