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
