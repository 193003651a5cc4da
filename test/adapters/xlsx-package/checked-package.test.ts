import { Workbook } from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { checkedPackageBytes } from '../../../src/adapters/xlsx-package/checked-package';
import { nodeCodec } from '../../../src/adapters/xlsx-package/node-codec';
import { openBook } from '../../../src/adapters/xlsx-package/read-book';
import { buildWorkbookPlan } from '../../../src/core/plan/build-workbook-plan';
import { WorkbookPlan } from '../../../src/core/plan/workbook-plan';
import { EVALUATION, REGISTRY, ROADMAP, TABLES } from '../../core/plan/fixtures';
import { sourceBookBytes } from '../xlsx/source-book';

const PLAN = buildWorkbookPlan({ evaluation: EVALUATION, tables: TABLES, registry: REGISTRY, roadmap: ROADMAP, book: 'monitoring.xlsx' });
const register = (number: string) => ({
  number,
  date: '04.03.2025',
  school: '+7 999 =1+1',
  inn: null,
  items: '3.2',
  file: `letters/${number}.docx`,
});

async function check(bytes: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const opened = openBook(bytes, 'monitoring.xlsx', nodeCodec);
  if (!opened.ok) throw new Error(opened.reason);
  return checkedPackageBytes(opened.opened, plan);
}

async function open(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

describe('the checked package', () => {
  it('keeps the source grids identical and adds our sheets and a very hidden record', async () => {
    const source = await sourceBookBytes();
    const checked = await check(source, PLAN);
    const before = openBook(source, 'a', nodeCodec);
    const after = openBook(checked, 'a', nodeCodec);
    if (!before.ok || !after.ok) throw new Error('unreadable');
    expect(after.opened.book.grids).toEqual(before.opened.book.grids);
    expect(after.opened.record.sheets).toEqual(['Сводка', 'Нарушения', 'Календарь контроля']);
    const wb = await open(checked);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'ФГИС МШ',
      'Отчёты ОО',
      'Сводка',
      'Нарушения',
      'Календарь контроля',
      '_roadmap_control',
    ]);
    expect(wb.getWorksheet('_roadmap_control')!.state).toBe('veryHidden');
    expect(wb.getWorksheet('Сводка')!.getCell('A3').value).toBe('Образовательная организация');
  });

  it('writes the same bytes when it consumes the plan (the command line), and lets the plan go', async () => {
    const source = await sourceBookBytes();
    const kept = await check(source, PLAN);
    const plan: WorkbookPlan = structuredClone(PLAN);
    const opened = openBook(source, 'monitoring.xlsx', nodeCodec);
    if (!opened.ok) throw new Error(opened.reason);
    expect(await checkedPackageBytes(opened.opened, plan, [], true)).toEqual(kept);
    expect(plan.highlights).toEqual([]);
    expect(plan.sheets.map((s) => s.rows.length)).toEqual(PLAN.sheets.map(() => 0));
    expect(PLAN.highlights.length).toBeGreaterThan(0);
  });

  it('changes the user’s sheets only by our conditional formats', async () => {
    const source = await sourceBookBytes();
    const checked = await check(source, PLAN);
    const [a, b] = [unzipSync(source), unzipSync(checked)];
    const sheet = strFromU8(b['xl/worksheets/sheet1.xml']);
    expect(sheet.replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, '')).toBe(strFromU8(a['xl/worksheets/sheet1.xml']));
    expect(sheet).toContain('<formula>TRUE</formula>');
    for (const path of Object.keys(a)) {
      if (
        ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'].includes(path) ||
        path.startsWith('xl/worksheets/')
      )
        continue;
      expect([path, b[path]]).toEqual([path, a[path]]);
    }
  });

  it('gives the same bytes when checked again, and continues the register', async () => {
    const first = await check(await sourceBookBytes(), { ...PLAN, letterRegister: [register('01-12/1')] });
    expect(await check(first, PLAN)).toEqual(first);
    const second = await check(first, { ...PLAN, letterRegister: [register('01-12/2')] });
    const wb = await open(second);
    const numbers: unknown[] = [];
    wb.getWorksheet('Реестр писем')!.eachRow((row) => numbers.push(row.getCell(1).value));
    expect(numbers).toEqual(['Исх. номер', '01-12/1', '01-12/2']);
    expect(wb.getWorksheet('Реестр писем')!.getCell('C2').value).toBe('+7 999 =1+1');
    expect(wb.worksheets.map((w) => w.name).slice(-2)).toEqual(['Реестр писем', '_roadmap_control']);
  });
});
