import { Workbook, Worksheet } from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport, runCli, tempDir } from './run-cli';

interface Finding {
  indicator: string;
  indicatorId: string;
  status: string;
}
interface Report {
  roadmap: string;
  schools: { inn: string | null; findings: Finding[] }[];
  diagnostics: { id: string; severity: string; message: string }[];
}

/** A ФГИС «Моя школа» export of March 2026 with the active users' column. */
async function fgis2026(dir: string, rulesFrom?: Worksheet): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('ФГИС МШ');
  ws.addRow(['Мониторинг ФГИС «Моя школа» по состоянию на 16.03.2026']);
  ws.addRow(['№ п/п', 'Наименование ОО', 'ИНН', 'Педагогов всего (по ОО-1)', 'Зарегистрировано педагогов', 'Активных педагогов']);
  ws.addRow([1, 'МБОУ «СОШ № 1»', '3625010008', 40, 40, 39]); // 97,5 % active
  ws.addRow([2, 'МБОУ «СОШ № 12»', '3625010776', 50, 50, 46]); // 92 % active
  if (rulesFrom) {
    // The department copies the edited «Правила» sheet into its monitoring workbook.
    const copy = wb.addWorksheet('Правила');
    rulesFrom.eachRow((row, r) => (copy.getRow(r).values = row.values));
  }
  const path = join(dir, 'Мониторинг МШ 16.03.2026.xlsx');
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

/** Opens the rules workbook and edits it as a person would in Excel: the year, the code, one threshold. */
async function edit2026(path: string, threshold: number | string): Promise<Worksheet> {
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(path) as never);
  const ws = wb.getWorksheet('Правила')!;
  ws.getCell('B1').value = 'Муниципальный план мероприятий «Цифровая трансформация» на 2026 год';
  ws.getCell('B2').value = 2026;
  ws.getCell('B3').value = 'municipal-2026';
  let header = 0;
  ws.eachRow((row, r) => {
    if (row.getCell(1).value === 'Пункт') header = r;
  });
  const col = (name: string): number => (ws.getRow(header).values as unknown[]).indexOf(name);
  ws.eachRow((row) => {
    if (row.getCell(col('Код показателя')).value === '3.2-teachers-active') row.getCell(col('Порог')).value = threshold;
  });
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return ws;
}

const activeStatus = (report: Report, inn: string): string | undefined =>
  report.schools.find((s) => s.inn === inn)?.findings.find((f) => f.indicatorId === '3.2-teachers-active')?.status;

describe('roadmap-control rules: next year’s plan without a developer', () => {
  it('writes the «Правила» workbook of a preset and says how to use it', async () => {
    const dir = tempDir();
    const out = join(dir, 'Правила 2026.xlsx');
    const run = await runCli(['rules', '--roadmap', 'municipal-2025', '--out', out]);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain('30 пунктов, 43 показателя — записаны в');
    expect(run.stdout).toContain(`--roadmap ${out}`);
    expect(existsSync(out)).toBe(true);
  });

  it('checks with the edited rules workbook named by --roadmap', async () => {
    const dir = tempDir();
    const rules = join(dir, 'Правила 2026.xlsx');
    await runCli(['rules', '--out', rules]);
    await edit2026(rules, 95);
    const book = await fgis2026(dir);
    const run = await runCli(['check', book, '--roadmap', rules, '--out', join(dir, 'out'), '--letters', 'none']);
    expect(run.code).toBe(0);
    const report = readReport(join(dir, 'out')) as Report;
    expect(report.roadmap).toBe('municipal-2026');
    expect(activeStatus(report, '3625010008')).toBe('met');
    expect(activeStatus(report, '3625010776')).toBe('not_met'); // 92 % met 90, not 95
  });

  it('uses a «Правила» sheet inside the checked workbook and says so on the terminal', async () => {
    const dir = tempDir();
    const rules = join(dir, 'Правила.xlsx');
    await runCli(['rules', '--out', rules]);
    const sheet = await edit2026(rules, '95 %');
    const book = await fgis2026(dir, sheet);
    const run = await runCli(['check', book, '--out', join(dir, 'out'), '--letters', 'none']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Правила проверки взяты с листа «Правила» книги «Мониторинг МШ 16.03.2026.xlsx»');
    const report = readReport(join(dir, 'out')) as Report;
    expect(activeStatus(report, '3625010776')).toBe('not_met');
    expect(report.diagnostics.some((d) => d.id === 'rules.year-passed')).toBe(false);
  });

  it('stops with the cell when a row of the sheet is wrong, and checks nothing', async () => {
    const dir = tempDir();
    const rules = join(dir, 'Правила.xlsx');
    await runCli(['rules', '--out', rules]);
    const sheet = await edit2026(rules, 'девяносто пять');
    const book = await fgis2026(dir, sheet);
    const run = await runCli(['check', book, '--out', join(dir, 'out'), '--letters', 'none']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/правила на листе «Правила» не прочитаны, проверка не выполнялась: Правила!I\d+: .*«девяносто пять»/);
    expect(existsSync(join(dir, 'out', 'report.json'))).toBe(false);
    const named = await runCli(['check', book, '--roadmap', rules, '--out', join(dir, 'out2'), '--letters', 'none']);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('«девяносто пять»');
  });

  it('refuses what it cannot do with a Russian line and exit 2', async () => {
    const dir = tempDir();
    expect(await runCli(['rules', '--out', join(dir, 'rules.json')])).toMatchObject({ code: 2 });
    expect((await runCli(['rules', '--roadmap', 'municipal-2027', '--out', join(dir, 'r.xlsx')])).stderr).toContain(
      'дорожная карта «municipal-2027» не найдена',
    );
    expect((await runCli(['rules', '--letters', 'none', '--out', join(dir, 'r.xlsx')])).stderr).toContain(
      'параметр --letters не относится к команде rules',
    );
  });
});
