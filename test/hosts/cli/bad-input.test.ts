import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFgisBook, THREE_SCHOOLS } from './books';
import { ContractReport } from './report-contract';
import { listTree, readReport, runCli, tempDir } from './run-cli';

/** Exit 1 with exactly one Russian line on stderr after the progress lines, no stack trace, nothing written. */
async function expectUnusable(book: string, reason: RegExp): Promise<void> {
  const out = join(tempDir(), 'out');
  const run = await runCli(['check', book, '--out', out, '--letters', 'none']);
  expect(run.code).toBe(1);
  const errorLines = run.stderr.split('\n').filter((l) => l && !l.endsWith('…'));
  expect(errorLines).toHaveLength(1);
  expect(errorLines[0]).toMatch(reason);
  expect(errorLines[0]).toMatch(/[а-я]/);
  expect(run.stderr).not.toMatch(/\bat .+\.(ts|js):\d+/);
  expect(run.stdout).toBe('');
  expect(listTree(out)).toEqual([]);
}

async function xlsx(dir: string, file: string, fill: (wb: Workbook) => void): Promise<string> {
  const wb = new Workbook();
  fill(wb);
  const path = join(dir, file);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

describe('files the check cannot use: exit 1, one Russian line, no output', () => {
  const dir = tempDir();

  it('an empty workbook', async () => {
    await expectUnusable(
      await xlsx(dir, 'пустая.xlsx', (wb) => wb.addWorksheet('Лист1')),
      /«пустая\.xlsx».*не найдено ни одной таблицы.*пуста/,
    );
  });

  it('a sheet with no recognisable table', async () => {
    const book = await xlsx(dir, 'письмо.xlsx', (wb) => {
      const ws = wb.addWorksheet('Лист1');
      ws.addRow(['Уважаемые коллеги!']);
      ws.addRow(['Направляем информацию о проведении совещания 12.03.2025 в 10:00.']);
    });
    await expectUnusable(book, /не найдено ни одной таблицы мониторинга/);
  });

  // Both are compound files; an encrypted .xlsx holds an «EncryptionInfo» stream, an .xls a «Workbook» one.
  const compoundFile = (stream: string) => {
    const bytes = new Uint8Array(8192);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(new Uint8Array(Buffer.from(stream, 'utf16le')), 1024);
    return bytes;
  };

  it('a password-protected (encrypted) workbook', async () => {
    writeFileSync(join(dir, 'с паролем.xlsx'), compoundFile('EncryptionInfo'));
    await expectUnusable(join(dir, 'с паролем.xlsx'), /«с паролем\.xlsx»: книга защищена паролем на открытие/);
  });

  it('an Excel 97–2003 workbook', async () => {
    writeFileSync(join(dir, 'старая.xls'), compoundFile('Workbook'));
    await expectUnusable(join(dir, 'старая.xls'), /«старая\.xls»: книга сохранена в старом формате Excel 97–2003/);
  });

  it('a corrupt zip', async () => {
    const good = await writeFgisBook(dir, 'целая.xlsx', THREE_SCHOOLS);
    const { readFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'битая.xlsx'), readFileSync(good).subarray(0, 700));
    await expectUnusable(join(dir, 'битая.xlsx'), /повреждён/);
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    writeFileSync(join(dir, 'документ.xlsx'), await zip.generateAsync({ type: 'uint8array' }));
    await expectUnusable(join(dir, 'документ.xlsx'), /не книга Excel/);
  });

  it('a .csv or .txt renamed to .xlsx, and a real .csv', async () => {
    writeFileSync(join(dir, 'выгрузка.xlsx'), 'ИНН;Наименование ОО;Педагогов всего\n3625010008;МБОУ «СОШ № 1»;40\n');
    await expectUnusable(join(dir, 'выгрузка.xlsx'), /текстовый файл/);
    writeFileSync(join(dir, 'выгрузка.csv'), 'ИНН,ОО\n3625010008,СОШ 1\n');
    await expectUnusable(join(dir, 'выгрузка.csv'), /текстовый файл/);
    writeFileSync(join(dir, 'заметки.txt'), 'просто текст');
    await expectUnusable(join(dir, 'заметки.txt'), /текстовый файл/);
  });

  it('a file that does not exist', async () => {
    await expectUnusable(join(dir, 'нет такой.xlsx'), /«нет такой\.xlsx»: файл не найден/);
  });

  it('an output folder that is a file', async () => {
    const book = await writeFgisBook(dir, 'для-вывода.xlsx', THREE_SCHOOLS);
    writeFileSync(join(dir, 'out-file'), 'я файл');
    const run = await runCli(['check', book, '--out', join(dir, 'out-file'), '--letters', 'none']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/папка результатов «.*out-file»: это файл, а не папка\.\n$/);
  });

  it('leaves an existing output folder exactly as it was', async () => {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'report.json'), '{"asOf":"2025-02-17"}');
    writeFileSync(join(dir, 'bad.xlsx'), 'not a workbook');
    const run = await runCli(['check', join(dir, 'bad.xlsx'), '--out', out]);
    expect(run.code).toBe(1);
    expect(listTree(out)).toEqual(['report.json']);
    expect(readReport(out)).toEqual({ asOf: '2025-02-17' });
  });
});

describe('data the check can use but must question: exit 0, a diagnostic or a data_error with sheet and cell', () => {
  const dir = tempDir();

  async function check(rows: typeof THREE_SCHOOLS): Promise<ContractReport> {
    const book = await writeFgisBook(dir, `book-${Math.random().toString(36).slice(2)}.xlsx`, rows);
    const out = tempDir();
    const run = await runCli(['check', book, '--out', out, '--letters', 'none']);
    expect(run.code).toBe(0);
    return readReport(out) as ContractReport;
  }

  it('registered > headcount is a data error at the cell, never clamped to 100 %', async () => {
    const report = await check([...THREE_SCHOOLS, { name: 'МБОУ «Лицей № 1»', inn: '3625010900', teachers: 30, registered: 34 }]);
    const lyceum = report.schools.find((s) => s.name === 'МБОУ «Лицей № 1»')!;
    expect(lyceum.findings.find((f) => f.item === '3.2')).toMatchObject({ status: 'data_error', sheet: 'ФГИС МШ', cell: 'E7' });
  });

  it('a headcount of 0 is questioned, not divided by', async () => {
    const report = await check([...THREE_SCHOOLS, { name: 'МКОУ «НОШ п. Заречный»', inn: '3625010911', teachers: 0, registered: 0 }]);
    const school = report.schools.find((s) => s.name === 'МКОУ «НОШ п. Заречный»')!;
    // The headcount cell itself (D7) is pointed at: that is what the school must correct.
    expect(school.findings.find((f) => f.item === '3.2')).toMatchObject({
      status: 'data_error',
      value: null,
      sheet: 'ФГИС МШ',
      cell: 'D7',
    });
  });

  it('a school listed twice is reported with the sheet and the cell of the second row', async () => {
    const report = await check([...THREE_SCHOOLS, { ...THREE_SCHOOLS[1], registered: 20 }]);
    const duplicate = report.diagnostics.find((d) => /дважды|повтор|дублир|несколько раз/i.test(d.message));
    expect(duplicate).toMatchObject({ sheet: 'ФГИС МШ' });
    expect(duplicate!.cell).toMatch(/^[A-Z]+7$/);
  });

  it('«н/д» is no data for that school only', async () => {
    const report = await check(THREE_SCHOOLS);
    const statuses = report.schools.map((s) => [s.name, s.findings.find((f) => f.item === '3.2')?.status]);
    expect(statuses).toEqual([
      ['МБОУ «СОШ № 1»', 'met'],
      ['МБОУ «СОШ № 12»', 'not_met'],
      ['МКОУ «ООШ с. Ивановка»', 'no_data'],
    ]);
  });
});
