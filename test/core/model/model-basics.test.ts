import { a1, columnLetters, parseA1 } from '../../../src/core/model/grid';
import { addDays, excelSerialToIso, formatRuDate, isIsoDate, isoToExcelSerial, weekday } from '../../../src/core/model/iso-date';
import { MEASURES, measureDef } from '../../../src/core/model/measures';
import { countGenitive, countNominative, pluralCategory } from '../../../src/core/model/nouns';

describe('calendar dates as ISO strings', () => {
  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('03.03.2025')).toBe(false);
  });

  it('reads Excel serials the way Excel shows them', () => {
    expect(excelSerialToIso(45719)).toBe('2025-03-03');
    expect(isoToExcelSerial('2025-02-14')).toBe(45702);
    expect(excelSerialToIso(45702.75)).toBe('2025-02-14');
  });

  it('adds days across months and tells weekdays', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(weekday('2025-03-03')).toBe(1); // Monday
    expect(formatRuDate('2025-03-03')).toBe('03.03.2025');
  });
});

describe('A1 addresses', () => {
  it('round-trips columns past Z', () => {
    expect(columnLetters(28)).toBe('AB');
    expect(a1(7, 3)).toBe('C7');
    expect(parseA1('$AB$12')).toEqual({ row: 12, col: 28 });
  });

  it('spells every column the same way before and after its letters are remembered', () => {
    for (const col of [1, 26, 27, 52, 702, 703, 16384]) {
      const first = columnLetters(col);
      expect(columnLetters(col)).toBe(first);
      expect(parseA1(`${first}1`).col).toBe(col);
    }
    expect(columnLetters(702)).toBe('ZZ');
    expect(columnLetters(703)).toBe('AAA');
    expect(columnLetters(16384)).toBe('XFD');
  });

  it('reads addresses as people and other programs write them, not only as the check writes them', () => {
    expect(parseA1('E4')).toEqual({ row: 4, col: 5 });
    expect(parseA1('e4')).toEqual({ row: 4, col: 5 });
    expect(parseA1(' E4 ')).toEqual({ row: 4, col: 5 });
    expect(parseA1('$E4')).toEqual({ row: 4, col: 5 });
    expect(parseA1('E$4')).toEqual({ row: 4, col: 5 });
    expect(parseA1('XFD1048576')).toEqual({ row: 1048576, col: 16384 });
    expect(parseA1('ABCD7')).toEqual({ row: 7, col: 19010 });
    expect(parseA1('E007')).toEqual({ row: 7, col: 5 });
    for (const bad of ['', 'E', '4', '4E', 'E4F', 'E-4', 'Е4' /* Cyrillic Е */, 'E4:F5']) {
      expect(() => parseA1(bad)).toThrow(/Not an A1 address/);
    }
  });
});

describe('Russian counts', () => {
  const teacher = measureDef('teachers_total')!.noun!;
  it('picks the plural category', () => {
    expect([1, 2, 5, 11, 21, 22, 112].map(pluralCategory)).toEqual(['one', 'few', 'many', 'many', 'one', 'few', 'many']);
  });
  it('words shortfalls in the genitive', () => {
    expect(countGenitive(3, teacher)).toBe('3 педагогов');
    expect(countGenitive(1, teacher)).toBe('1 педагога');
    expect(countGenitive(21, teacher)).toBe('21 педагога');
    expect(countNominative(2, teacher)).toBe('2 педагога');
  });
});

describe('measure catalogue', () => {
  it('has unique ids and a noun for every count', () => {
    const ids = MEASURES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MEASURES.filter((d) => d.type === 'count')) expect(m.noun).toBeDefined();
  });
});
