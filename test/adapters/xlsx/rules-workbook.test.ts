import JSZip from 'jszip';
import { rulesSheetPlan } from '../../../src/core/plan/rules-sheet-plan';
import { roadmapFromBooks } from '../../../src/core/pipeline/roadmap-from-books';
import { getPreset } from '../../../src/core/roadmap/presets';
import { rulesWorkbookBytes } from '../../../src/adapters/xlsx/rules-workbook';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read-workbook-grids';

describe('the rules workbook a department edits in Excel', () => {
  it.each(['municipal-2025', 'school-2023'])('%s: written, read back from the file, gives the same plan', async (id) => {
    const preset = getPreset(id)!;
    const bytes = await rulesWorkbookBytes(rulesSheetPlan(preset, id));
    const read = await readWorkbookGrids(bytes, 'Правила.xlsx');
    if (!read.ok) throw new Error(read.reason);
    expect(read.book.grids.map((g) => g.sheet)).toEqual(['Правила', 'Показатели']);
    const chosen = roadmapFromBooks([read.book], getPreset('municipal-2025')!, false);
    expect(chosen).toMatchObject({ ok: true, fromSheet: true, roadmap: preset });
  });

  it('offers drop-down lists, a note on every column and a frozen header', async () => {
    const plan = rulesSheetPlan(getPreset('municipal-2025')!, 'municipal-2025');
    const zip = await JSZip.loadAsync(await rulesWorkbookBytes(plan));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    // Rule kinds and yes/no are refused outside the list; schedules are only suggested.
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*showErrorMessage="1"[^>]*sqref="F8:F\d+"/);
    expect(sheet).toContain('доля не менее,ни одного');
    const schedule = /<dataValidation [^>]*sqref="N8:N\d+"[^>]*>/.exec(sheet)?.[0] ?? '';
    expect(schedule).not.toContain('showErrorMessage="1"');
    expect(sheet).toMatch(/<pane [^>]*ySplit="7"[^>]*state="frozen"/);
    const comments = await zip.file(/xl\/comments\d*\.xml/)[0]!.async('string');
    expect(comments).toContain('Порог: процент для доли');
    expect((comments.match(/<comment /g) ?? []).length).toBe(17);
  });
});
