import { Workbook, Worksheet } from 'exceljs';
import { checkedWorkbookBytes } from '../../../src/adapters/xlsx/checked-workbook';
import { hyperlinkFormula } from '../../../src/adapters/xlsx/planned-sheet-writer';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read-workbook-grids';
import { buildWorkbookPlan } from '../../../src/core/plan/build-workbook-plan';
import { OWN_SHEETS, WorkbookPlan } from '../../../src/core/plan/workbook-plan';
import { EVALUATION, REGISTRY, ROADMAP, TABLES } from '../../core/plan/fixtures';
import { sourceBookBytes } from './source-book';

const PLAN = buildWorkbookPlan({ evaluation: EVALUATION, tables: TABLES, registry: REGISTRY, roadmap: ROADMAP, book: 'monitoring.xlsx' });
const register = (number: string, school: string) => ({
  number,
  date: '04.03.2025',
  school,
  inn: '1001000099',
  items: '3.2',
  file: `letters/${number}.docx`,
});

async function check(bytes: Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const read = await readWorkbookGrids(bytes, 'monitoring.xlsx');
  if (!read.ok) throw new Error(read.reason);
  return checkedWorkbookBytes(read.opened, plan);
}

async function open(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as never);
  return wb;
}

/** Every filled cell of a sheet: its value (formula and cached result included) by address. */
function cellsOf(ws: Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell(
      { includeEmpty: false },
      (cell) =>
        (out[cell.address] = JSON.stringify([cell.type, cell.value, cell.formula, (cell as unknown as { result: unknown }).result])),
    ),
  );
  return out;
}

const argbOf = (ws: Worksheet, address: string) => (ws.getCell(address).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;

describe('the checked workbook', () => {
  it('keeps every source value and formula identical', async () => {
    const input = await open(await sourceBookBytes());
    const checked = await open(await check(await sourceBookBytes(), PLAN));
    for (const source of input.worksheets) {
      const after = checked.getWorksheet(source.name)!;
      expect(cellsOf(after)).toEqual(cellsOf(source));
      expect(Object.keys(cellsOf(source)).length).toBeGreaterThan(10);
    }
  });

  it('highlights shortfalls with conditional formats, leaving the user’s own fill and font as they were', async () => {
    const checked = await open(await check(await sourceBookBytes(), PLAN));
    const fgis = checked.getWorksheet('ФГИС МШ')!;
    expect(argbOf(fgis, 'E6')).toBe('FFDDEBF7');
    expect(fgis.getCell('E6').font).toEqual({ name: 'Times New Roman', size: 12, italic: true });
    const rules = (
      fgis as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[];
      }
    ).conditionalFormattings;
    const fillOf = (cell: string) => rules.find((r) => r.ref.split(' ').some((a) => a === cell || a.startsWith(`${cell}:`)))?.rules[0];
    expect(fillOf('E6')?.formulae).toEqual(['TRUE']);
    expect(fillOf('E6')?.style?.fill?.bgColor?.argb).toBe('FFFFC7CE');
    expect(checked.worksheets.map((w) => w.name)).toEqual([
      'ФГИС МШ',
      'Отчёты ОО',
      'Сводка',
      'Нарушения',
      'Календарь контроля',
      OWN_SHEETS.highlightMemory,
    ]);
    expect(checked.getWorksheet(OWN_SHEETS.highlightMemory)!.state).toBe('veryHidden');
  });

  it('writes a formula-like school name as text, and links as our own HYPERLINK formulas', async () => {
    const checked = await open(await check(await sourceBookBytes(), { ...PLAN, letterRegister: [register('01-12/1', '+7 999 =1+1')] }));
    const violations = checked.getWorksheet('Нарушения')!;
    let injected = null as null | { value: unknown; formula: unknown };
    violations.eachRow((row) => {
      if (String(row.getCell(2).value).startsWith('=HYPERLINK'))
        injected = { value: row.getCell(2).value, formula: row.getCell(2).formula };
    });
    expect(injected).toEqual({ value: '=HYPERLINK("http://x","y")', formula: undefined });
    const link = violations.getCell('J2');
    expect(link.formula).toBe(`HYPERLINK("#'Отчёты ОО'!D5","Отчёты ОО!D5")`);
    expect(checked.getWorksheet('Реестр писем')!.getCell('C2').value).toBe('+7 999 =1+1');
    expect(checked.getWorksheet('Реестр писем')!.getCell('C2').formula).toBeUndefined();
  });

  it('puts data bars on the shares of «Сводка»', async () => {
    const checked = await open(await check(await sourceBookBytes(), PLAN));
    const formats = (checked.getWorksheet('Сводка') as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] })
      .conditionalFormattings;
    expect(formats.map((f) => f.rules[0].type)).toContain('dataBar');
  });
});

describe('checking a checked workbook again', () => {
  it('duplicates nothing: same sheets, same highlights, register rows appended once', async () => {
    const first = await check(await sourceBookBytes(), { ...PLAN, letterRegister: [register('01-12/1', 'МБОУ «СОШ № 12»')] });
    const second = await check(first, { ...PLAN, letterRegister: [register('01-12/2', 'МБОУ «СОШ № 1»')] });
    const [a, b] = [await open(first), await open(second)];
    expect(b.worksheets.map((w) => w.name).sort()).toEqual(
      [...a.worksheets.map((w) => w.name), 'Реестр писем'].filter((v, i, all) => all.indexOf(v) === i).sort(),
    );
    expect(cellsOf(b.getWorksheet('Сводка')!)).toEqual(cellsOf(a.getWorksheet('Сводка')!));
    const registerNumbers: unknown[] = [];
    b.getWorksheet('Реестр писем')!.eachRow((row) => registerNumbers.push(row.getCell(1).value));
    expect(registerNumbers).toEqual(['Исх. номер', '01-12/1', '01-12/2']);
    for (const name of ['ФГИС МШ', 'Отчёты ОО']) expect(cellsOf(b.getWorksheet(name)!)).toEqual(cellsOf(a.getWorksheet(name)!));
  });

  it('removes its rules where a cell is no longer highlighted, and nothing of the user’s', async () => {
    const first = await check(await sourceBookBytes(), PLAN);
    const cleaned = await open(await check(first, { ...PLAN, highlights: [] }));
    const fgis = cleaned.getWorksheet('ФГИС МШ')!;
    expect((fgis as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toEqual([]);
    expect(argbOf(fgis, 'E6')).toBe('FFDDEBF7');
  });
});

describe('our own link formulas', () => {
  it('double every quote so no sheet name or label can leave the string literal', () => {
    expect(hyperlinkFormula(`Лист "1" 'итог'`, 'C5', `Лист "1"!C5`)).toBe(`HYPERLINK("#'Лист ""1"" ''итог'''!C5","Лист ""1""!C5")`);
    expect(hyperlinkFormula('ФГИС МШ', 'E6', 0.857)).toBe(`HYPERLINK("#'ФГИС МШ'!E6",0.857)`);
  });
});

describe('a user’s own sheet that bears one of our names', () => {
  it('is kept as it is; ours is written beside it, and replaced on the next run', async () => {
    const input = await open(await sourceBookBytes());
    input.addWorksheet('Сводка').getCell('A1').value = 'Моя сводка за февраль';
    const bytes = new Uint8Array(await input.xlsx.writeBuffer());
    const first = await check(bytes, PLAN);
    const second = await open(await check(first, PLAN));
    const names = second.worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('Сводка'))).toEqual(['Сводка', 'Сводка (2)']);
    expect(second.getWorksheet('Сводка')!.getCell('A1').value).toBe('Моя сводка за февраль');
    expect(second.getWorksheet('Сводка (2)')!.getCell('A3').value).toBe('Образовательная организация');
    // Reading the checked book again hands ingestion the user's sheets only, their «Сводка» included.
    const reread = await readWorkbookGrids(await check(first, PLAN), 'monitoring.xlsx');
    expect(reread.ok && reread.book.grids.map((g) => g.sheet)).toEqual(['ФГИС МШ', 'Отчёты ОО', 'Сводка']);
  });
});
