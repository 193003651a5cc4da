import { decodeRunRecord, encodeRunRecord, isOwnSheetName } from '../../../src/core/plan/run-memory';

const PRESENT = ['ФГИС МШ', 'Справочник ОО', 'Сводка', 'Сводка (2)', 'Нарушения', '_roadmap_control'];

describe('the run record', () => {
  it('reads back what it wrote', () => {
    const record = { sheets: ['Сводка (2)', 'Нарушения'], rules: [{ sheet: 'ФГИС МШ', ranges: ['E5:E9', 'F7'] }] };
    expect(decodeRunRecord({ values: encodeRunRecord(record) }, PRESENT)).toEqual(record);
  });

  it('splits a region’s ranges into cells Excel can hold', () => {
    const ranges = Array.from({ length: 20_000 }, (_, i) => `E${i * 2 + 5}`);
    const rows = encodeRunRecord({ sheets: [], rules: [{ sheet: 'ФГИС МШ', ranges }] });
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.every((c) => typeof c !== 'string' || c.length <= 32_767))).toBe(true);
    expect(decodeRunRecord({ values: rows }, PRESENT).rules[0].ranges).toHaveLength(20_000);
  });

  it('never lets a forged record name a user’s sheet, an absent sheet or our own sheet as a rule target', () => {
    const forged = [
      ['roadmap-control run record', 1],
      ['sheet', 'Справочник ОО'],
      ['sheet', 'ФГИС МШ'],
      ['sheet', 'Динамика'], // ours by name, but not in the book
      ['sheet', 'Сводка'],
      ['rules', 'Сводка', 'A1'],
      ['rules', 'Нет такого', 'A1'],
      ['rules', 'ФГИС МШ', 'E5 =HACK() A1:XFD1048576'],
      ['rules', 42, 'A1'],
      [null, 'sheet', 'Сводка'],
    ];
    expect(decodeRunRecord({ values: forged }, PRESENT)).toEqual({
      sheets: ['Сводка'],
      rules: [{ sheet: 'ФГИС МШ', ranges: ['E5', 'A1:XFD1048576'] }],
    });
  });

  it('reads the sheets a book checked by an earlier version names', () => {
    const legacy = [
      ['sheet', 'original fill and font (JSON)', 'cells'],
      ['Сводка', 'sheet written by roadmap-control', null],
      ['Справочник ОО', 'sheet written by roadmap-control', null],
      ['ФГИС МШ', '{"fill":null,"font":null}', 'E5 E6'],
    ];
    expect(decodeRunRecord({ values: legacy }, PRESENT)).toEqual({ sheets: ['Сводка'], rules: [] });
  });

  it('knows our names and only them', () => {
    expect(['Сводка', 'Нарушения (3)', 'Реестр писем', 'Календарь контроля'].every(isOwnSheetName)).toBe(true);
    expect(['Сводка 2025', 'Справочник ОО', 'сводка', 'Сводка (x)'].some(isOwnSheetName)).toBe(false);
  });
});
