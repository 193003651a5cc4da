import { ExcelSource } from '../../src/taskpane/excel-source';
import { DEFAULT_SETTINGS } from '../../src/app/check-settings';
import { FakeExcel } from '../adapters/office/fake-excel';
import { inProcessWorker } from './in-process-worker';

const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };

/** The pane's Excel side over the fake workbook: Excel.run hands out the fake's context. */
function inExcel(excel: FakeExcel): ExcelSource {
  g.Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.context) };
  g.Office = {
    context: { document: { url: 'C:\\Users\\uo\\Documents\\Мониторинг 03.03.2025.xlsx' }, requirements: { isSetSupported: () => true } },
  };
  return new ExcelSource(() => '2025-03-05', inProcessWorker().client);
}

function teacherSheet(excel: FakeExcel): void {
  excel.addSheet('ФГИС МШ', [
    ['Мониторинг регистрации педагогов во ФГИС «Моя школа» по состоянию на 03.03.2025'],
    [],
    ['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогических работников всего (по ОО-1)', 'Педагогов зарегистрировано во ФГИС «Моя школа»'],
    [1, 'МБОУ «СОШ № 1»', '3625010008', 42, 40],
    [2, 'МБОУ «СОШ № 12»', '3625010776', 31, 'н/д'],
    [3, 'МКОУ «ООШ с. Ивановка»', '3625011057', 12, 12],
  ]);
}

describe('the task pane in Excel', () => {
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
  });

  it('the dry run reads and checks but writes nothing; «Записать в книгу» then writes', async () => {
    const excel = new FakeExcel();
    teacherSheet(excel);
    const source = inExcel(excel);
    expect(source.title).toBe('Мониторинг 03.03.2025.xlsx');
    const progress: string[] = [];
    const session = await source.check({ ...DEFAULT_SETTINGS }, async (label) => void progress.push(label));

    expect(session.asOf).toBe('2025-03-03');
    expect(session.letters.map((l) => l.school)).toEqual(expect.arrayContaining(['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 12»']));
    expect(session.letters.map((l) => l.school)).not.toContain('МКОУ «ООШ с. Ивановка»');
    expect(excel.sheets.map((s) => s.name)).toEqual(['ФГИС МШ']);
    expect(excel.highlighted('ФГИС МШ').size).toBe(0);
    // The worker's running counts reach the Excel pane too, not only the stage names.
    expect(progress).toEqual(expect.arrayContaining([expect.stringMatching(/^Проверка: \d+ из 3 школ$/)]));

    await source.write(async () => undefined);
    expect(excel.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Сводка', 'Нарушения', 'Реестр писем']));
    // 40 of 42 registered falls short (red); «н/д» is missing data (yellow); Ивановка's 12 of 12 is met (green).
    expect([...excel.highlighted('ФГИС МШ')]).toEqual([
      ['E4', '#FFC7CE'],
      ['E5', '#FFEB9C'],
      ['E6', '#C6EFCE'],
    ]);
  });

  it('keeps the pane’s choices in the workbook', async () => {
    const excel = new FakeExcel();
    teacherSheet(excel);
    const source = inExcel(excel);
    await source.saveSettings({
      roadmap: 'school-2023',
      asOf: '2025-03-10',
      mapping: [{ sheet: 'ФГИС МШ', column: 'E', measure: null }],
      letters: null,
    });
    const reopened = inExcel(excel);
    await expect(reopened.loadSettings()).resolves.toEqual({
      roadmap: 'school-2023',
      asOf: '2025-03-10',
      mapping: [{ sheet: 'ФГИС МШ', column: 'E', measure: null }],
      letters: null,
    });
  });
});
