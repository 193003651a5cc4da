import { Workbook } from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { THREE_SCHOOLS, writeFgisBook } from './books';
import { ContractReport } from './report-contract';
import { listTree, readReport, runCli, tempDir } from './run-cli';

type ReportFinding = ContractReport['schools'][number]['findings'][number] & { comparison?: string | null };
type Report = Omit<ContractReport, 'schools'> & {
  books: string[];
  schools: { name: string; inn: string | null; findings: ReportFinding[] }[];
};

async function writeRegistry(dir: string): Promise<string> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Лист1');
  ws.addRow(['Справочник образовательных организаций Энского округа']);
  ws.addRow(['Наименование ОО', 'ИНН', 'ФИО директора', 'E-mail']);
  ws.addRow(['МБОУ «СОШ № 1»', '3625010008', 'Ковальчук Ирина Николаевна', 'school1@edu-rayon.ru']);
  ws.addRow(['МБОУ «СОШ № 12»', '3625010776', 'Головко Сергей Петрович', 'school12@edu-rayon.ru']);
  ws.addRow(['МКОУ «ООШ с. Ивановка»', '3625011057', 'Лебедь Анна Викторовна', 'ivanovka@edu-rayon.ru']);
  ws.addRow(['МБОУ «Гимназия № 2»', '3625010079', 'Иванова Мария Петровна', 'gym2@edu-rayon.ru']);
  const path = join(dir, 'справочник.xlsx');
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

describe('--registry, several books, --previous', () => {
  const dir = tempDir();

  it('takes schools from a separate registry: one absent from the sheet has no data', async () => {
    const book = await writeFgisBook(dir, 'фгис.xlsx', THREE_SCHOOLS);
    const out = tempDir();
    const run = await runCli(['check', book, '--registry', await writeRegistry(dir), '--out', out, '--letters', 'none']);
    expect(run.code).toBe(0);
    const report = readReport(out) as Report;
    expect(report.schools.map((s) => s.name)).toEqual([
      'МБОУ «СОШ № 1»',
      'МБОУ «СОШ № 12»',
      'МКОУ «ООШ с. Ивановка»',
      'МБОУ «Гимназия № 2»',
    ]);
    expect(report.schools[3].findings.find((f) => f.item === '3.2')).toMatchObject({ status: 'no_data', sheet: 'ФГИС МШ', cell: null });
  });

  it('checks several books at once into one report and one checked copy each', async () => {
    const first = await writeFgisBook(dir, 'город.xlsx', THREE_SCHOOLS.slice(0, 2));
    const second = await writeFgisBook(dir, 'село.xlsx', THREE_SCHOOLS.slice(2), { sheet: 'ФГИС МШ село' });
    const out = tempDir();
    expect((await runCli(['check', first, second, '--out', out, '--letters', 'none'])).code).toBe(0);
    expect(listTree(out)).toEqual(['report.json', 'город.checked.xlsx', 'село.checked.xlsx']);
    const report = readReport(out) as Report;
    expect(report.books).toEqual(['город.xlsx', 'село.xlsx']);
    expect(report.schools.map((s) => s.name).sort()).toEqual(THREE_SCHOOLS.map((s) => s.name).sort());
  });

  it('marks a finding of the previous round as repeated', async () => {
    const book = await writeFgisBook(dir, 'март.xlsx', THREE_SCHOOLS);
    const [round1, round2] = [tempDir(), tempDir()];
    expect((await runCli(['check', book, '--out', round1, '--letters', 'none'])).code).toBe(0);
    const run = await runCli([
      'check',
      book,
      '--as-of',
      '2025-03-17',
      '--out',
      round2,
      '--letters',
      'none',
      '--previous',
      join(round1, 'report.json'),
    ]);
    expect(run.code).toBe(0);
    const school12 = (readReport(round2) as Report).schools.find((s) => s.name === 'МБОУ «СОШ № 12»')!;
    expect(school12.findings.find((f) => f.item === '3.2')?.comparison).toBe('repeated');
  });

  it('refuses a --previous file that is not a report, with one line', async () => {
    const book = await writeFgisBook(dir, 'апрель.xlsx', THREE_SCHOOLS);
    writeFileSync(join(dir, 'old.json'), '{"date": "2025-02-17"}');
    const out = join(tempDir(), 'out');
    const run = await runCli(['check', book, '--out', out, '--previous', join(dir, 'old.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/отчёт прошлой проверки «old\.json»: это не отчёт report\.json прошлой проверки/);
    expect(listTree(out)).toEqual([]);
  });
});
