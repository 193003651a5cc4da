import { writeFgisBook } from './books';
import { ContractReport } from './report-contract';
import { listTree, readReport, runCli, tempDir } from './run-cli';

describe('a 50,000-row sheet', () => {
  it('is checked whole, without a stack trace or a partial output', async () => {
    const dir = tempDir();
    const rows = Array.from({ length: 50_000 }, (_, i) => ({
      name: `МБОУ «СОШ № ${i + 1}»`,
      inn: String(3600000000 + i),
      teachers: 30,
      registered: i % 10 === 0 ? 27 : 30,
    }));
    const book = await writeFgisBook(dir, 'регион.xlsx', rows);
    const out = tempDir();
    const run = await runCli(['check', book, '--out', out, '--letters', 'none']);
    expect(run.code).toBe(0);
    const report = readReport(out) as ContractReport;
    expect(report.schools).toHaveLength(50_000);
    expect(report.schools[49_990].findings.find((f) => f.item === '3.2')).toMatchObject({ status: 'not_met', value: 90, cell: 'E49994' });
    expect(listTree(out)).toEqual(['report.json', 'регион.checked.xlsx']);
  });
});
