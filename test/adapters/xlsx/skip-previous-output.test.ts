import { Workbook } from 'exceljs';
import { applyPlan } from '../../../src/adapters/xlsx/apply-plan';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read-workbook-grids';
import { skipPreviousOutput } from '../../../src/adapters/xlsx/skip-previous-output';
import { writeWorkbook } from '../../../src/adapters/xlsx/write-workbook';
import { buildWorkbookPlan } from '../../../src/core/plan/build-workbook-plan';
import { EVALUATION, REGISTRY, ROADMAP, TABLES } from '../../core/plan/fixtures';
import { sourceBookBytes } from './source-book';

const PLAN = buildWorkbookPlan({ evaluation: EVALUATION, tables: TABLES, registry: REGISTRY, roadmap: ROADMAP, book: 'monitoring.xlsx' });

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

const filled = (wb: Workbook, sheet: string) => {
  let n = 0;
  wb.getWorksheet(sheet)!.eachRow((row) => row.eachCell(() => n++));
  return n;
};

describe('skipPreviousOutput: a re-run does not load the sheets it is about to replace', () => {
  it('empties only the sheets the previous run wrote, before exceljs reads them', async () => {
    const read = await readWorkbookGrids(await sourceBookBytes(), 'monitoring.xlsx');
    if (!read.ok) throw new Error(read.reason);
    applyPlan(read.workbook, PLAN);
    const checked = await writeWorkbook(read.workbook);

    const light = await load(await skipPreviousOutput(checked));
    const full = await load(checked);
    expect(light.worksheets.map((w) => w.name)).toEqual(full.worksheets.map((w) => w.name));
    for (const ours of ['Сводка', 'Нарушения', 'Календарь контроля']) {
      expect(filled(full, ours)).toBeGreaterThan(5);
      expect(filled(light, ours)).toBe(0);
    }
    for (const source of ['ФГИС МШ', 'Отчёты ОО']) expect(filled(light, source)).toBe(filled(full, source));
    expect(filled(light, '_roadmap_control')).toBe(filled(full, '_roadmap_control'));
  });

  it('returns a book that was never checked exactly as it came', async () => {
    const source = await sourceBookBytes();
    expect(await skipPreviousOutput(source)).toBe(source);
  });
});
