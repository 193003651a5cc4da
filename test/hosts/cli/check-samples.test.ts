import { Workbook, Worksheet } from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWN_SHEETS } from '../../../src/core/plan/workbook-plan';
import { ContractReport, reportContract } from './report-contract';
import { listTree, readReport, runCli, tempDir } from './run-cli';

const SAMPLE = join(__dirname, '../../../assets/samples/monitoring-2025-03-03.xlsx');
const SETTINGS = join(__dirname, '../../../assets/samples/letter-settings.json');
const SOURCE_SHEETS = ['ФГИС МШ', 'Сферум', 'РИС ЭШ', 'Отчёты ОО', 'Справочник ОО'];

async function open(path: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(path) as never);
  return wb;
}

/** Every filled cell: its value, formula and cached result included. */
function cellsOf(ws: Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) =>
      out.set(cell.address, JSON.stringify([cell.type, cell.value, cell.formula, (cell as unknown as { result: unknown }).result])),
    ),
  );
  return out;
}

function registerNumbers(wb: Workbook): string[] {
  const numbers: string[] = [];
  wb.getWorksheet(OWN_SHEETS.letterRegister)?.eachRow((row, r) => r > 1 && numbers.push(String(row.getCell(1).value)));
  return numbers;
}

function highlightedCells(wb: Workbook): number {
  let count = 0;
  wb.getWorksheet(OWN_SHEETS.highlightMemory)?.eachRow((row, r) => {
    if (r > 1) count += String(row.getCell(3).value).split(' ').length;
  });
  return count;
}

describe('roadmap-control check on the bundled sample, as of 03.03.2025', () => {
  const out = tempDir();
  let run: Awaited<ReturnType<typeof runCli>>;
  let report: ContractReport & Record<string, unknown>;

  beforeAll(async () => {
    run = await runCli(['check', SAMPLE, '--as-of', '2025-03-03', '--out', out, '--letters', 'docx', '--settings', SETTINGS]);
    report = readReport(out) as typeof report;
  });

  it('exits 0 and prints a Russian summary and where the results are', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Проверено школ: 25; из них требуют объяснений: 17.');
    expect(run.stdout).toContain('Подготовлено писем-запросов: 17.');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(listTree(out)).toEqual(expect.arrayContaining(['letters', 'monitoring-2025-03-03.checked.xlsx', 'report.json']));
    expect(listTree(out).some((p) => p.startsWith('.roadmap-control-'))).toBe(false);
  });

  it('writes report.json per the contract the README states', () => {
    const parsed = reportContract.safeParse(report);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(report.asOf).toBe('2025-03-03');
    expect(report.roadmap).toBe('municipal-2025');
    expect(report.schools).toHaveLength(25);
    expect(report.asOfSource).toBe('argument');
  });

  it('finds the messes of the sample: impossible data, «н/д», a school missing from a sheet, a late report', () => {
    const school = (name: string) => report.schools.find((s) => s.name === name)!;
    const finding = (name: string, indicator: string) =>
      school(name).findings.find((f) => (f as { indicatorId?: string }).indicatorId === indicator)!;
    // «СОШ № 14» reports 4 more registered teachers than it has.
    expect(finding('МБОУ «СОШ № 14»', '3.2-teachers-registered')).toMatchObject({ status: 'data_error', sheet: 'ФГИС МШ' });
    // «СОШ № 10» wrote «н/д» for its students.
    expect(finding('МБОУ «СОШ № 10»', '3.3-students-registered')).toMatchObject({ status: 'no_data', sheet: 'ФГИС МШ' });
    // «ООШ с. Малиновка» is absent from the ФГИС export: no data for what that sheet covers.
    expect(finding('МКОУ «ООШ с. Малиновка»', '3.2-teachers-registered')).toMatchObject({
      status: 'no_data',
      sheet: 'ФГИС МШ',
      cell: null,
    });
    // «СОШ № 4» sent its 2.6 report on 16.02.2025, after the 14.02.2025 deadline.
    expect(finding('МБОУ «СОШ № 4»', '2.6-report')).toMatchObject({
      status: 'late',
      value: '2025-02-16',
      target: '2025-02-14',
      sheet: 'Отчёты ОО',
    });
  });

  it('lists each letter with its items and files that exist', () => {
    expect(report.letters).toHaveLength(17);
    for (const letter of report.letters) {
      expect(letter.items.length).toBeGreaterThan(0);
      expect(letter.files.length).toBeGreaterThan(0);
      for (const file of letter.files) expect(existsSync(join(out, file))).toBe(true);
    }
  });

  it('writes the effective mapping in the shape --mapping reads back', async () => {
    const mapping = report.mapping as { sheet: string; column: string; measure: string | null }[];
    expect(mapping).toEqual(
      expect.arrayContaining([expect.objectContaining({ sheet: 'Сферум', column: 'E', measure: 'teachers_sferum_registered' })]),
    );
    const again = tempDir();
    const rerun = await runCli([
      'check',
      SAMPLE,
      '--as-of',
      '2025-03-03',
      '--out',
      again,
      '--letters',
      'none',
      '--mapping',
      join(out, 'report.json'),
    ]);
    expect(rerun.code).toBe(0);
    expect((readReport(again) as ContractReport).schools).toEqual(report.schools);
  });

  it('keeps every source cell of every source sheet identical: values and formulas', async () => {
    const [input, checked] = [await open(SAMPLE), await open(join(out, 'monitoring-2025-03-03.checked.xlsx'))];
    for (const name of SOURCE_SHEETS) {
      const before = cellsOf(input.getWorksheet(name)!);
      expect(before.size).toBeGreaterThan(50);
      expect(cellsOf(checked.getWorksheet(name)!)).toEqual(before);
    }
    // The ИТОГО row is still SUM formulas.
    expect([...cellsOf(checked.getWorksheet('ФГИС МШ')!).values()].filter((v) => v.includes('"formula":"SUM(')).length).toBe(6);
  });

  it('checking the checked workbook again duplicates nothing', async () => {
    const first = join(out, 'monitoring-2025-03-03.checked.xlsx');
    const out2 = tempDir();
    const again = await runCli(['check', first, '--as-of', '2025-03-03', '--out', out2, '--letters', 'none']);
    expect(again.code).toBe(0);
    const [a, b] = [await open(first), await open(join(out2, 'monitoring-2025-03-03.checked.xlsx'))];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    expect(highlightedCells(b)).toBe(highlightedCells(a));
    expect(highlightedCells(a)).toBeGreaterThan(100);
    expect(registerNumbers(b)).toEqual(registerNumbers(a));
    expect(registerNumbers(a)).toHaveLength(17);
    for (const name of [...SOURCE_SHEETS, OWN_SHEETS.summary, OWN_SHEETS.violations]) {
      expect(cellsOf(b.getWorksheet(name)!)).toEqual(cellsOf(a.getWorksheet(name)!));
    }
    expect((readReport(out2) as ContractReport).schools).toEqual(report.schools);
  });

  it('a same-day re-run with letters keeps their numbers and adds no register rows', async () => {
    const first = join(out, 'monitoring-2025-03-03.checked.xlsx');
    const out3 = tempDir();
    expect((await runCli(['check', first, '--as-of', '2025-03-03', '--out', out3, '--letters', 'docx', '--settings', SETTINGS])).code).toBe(
      0,
    );
    const numbers = registerNumbers(await open(join(out3, 'monitoring-2025-03-03.checked.xlsx')));
    expect(numbers).toEqual(registerNumbers(await open(first)));
    expect(numbers.slice(0, 2)).toEqual(['01-19/214', '01-19/215']);
    expect((readReport(out3) as ContractReport).letters).toEqual(report.letters);
  });
});
