import { writeRulesSheetInExcel } from '../../../src/adapters/office/write-rules-sheet';
import { measuresSheetPlan, rulesSheetPlan } from '../../../src/core/plan/rules-sheet-plan';
import { getPreset } from '../../../src/core/roadmap/presets';
import { sourceBook } from './source-book';

const plan = () => rulesSheetPlan(getPreset('municipal-2025')!, 'municipal-2025');

describe('«Правила» written into the open workbook through Office.js', () => {
  it('adds the sheet with its lists and notes in two syncs, the user’s sheets untouched', async () => {
    const excel = sourceBook();
    const before = JSON.stringify([...excel.sheet('ФГИС МШ').cells.entries()]);
    const result = await writeRulesSheetInExcel(excel.context, plan(), measuresSheetPlan(), { notes: true });
    expect(result).toEqual({ written: true });
    expect(excel.syncs).toBe(2);
    const rules = excel.sheet('Правила');
    expect(excel.cell('Правила', 'A7')!.value).toBe('Пункт');
    expect(excel.cell('Правила', 'B2')!.value).toBe(2025);
    const kinds = rules.validations.find((v) => v.address.startsWith('F8'));
    expect(kinds).toMatchObject({ rule: { list: { inCellDropDown: true, source: expect.stringContaining('доля не менее,ни одного') } } });
    expect(kinds?.errorAlert).toMatchObject({ showAlert: true });
    const schedule = rules.validations.find((v) => v.address.startsWith('N8'));
    expect(schedule?.errorAlert).toMatchObject({ showAlert: false });
    expect(rules.notes.get('I7')).toContain('Порог');
    expect(rules.frozenRows).toBe(7);
    expect(excel.sheet('Показатели')).toBeDefined();
    expect(JSON.stringify([...excel.sheet('ФГИС МШ').cells.entries()])).toBe(before);
  });

  it('never overwrites a «Правила» sheet the department already has', async () => {
    const excel = sourceBook();
    excel.addSheet('Правила', [
      ['Пункт', 'Код показателя'],
      ['3.2', 'мой показатель'],
    ]);
    const result = await writeRulesSheetInExcel(excel.context, plan(), measuresSheetPlan(), { notes: false });
    expect(result).toEqual({ written: false, existing: 'Правила' });
    expect(excel.cell('Правила', 'B2')!.value).toBe('мой показатель');
    expect(excel.syncs).toBe(1);
  });
});
