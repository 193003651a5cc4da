import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../../src/hosts/cli/parse-args';
import { todayLocal } from '../../../src/hosts/today';
import { THREE_SCHOOLS, writeFgisBook } from './books';
import { ContractReport } from './report-contract';
import { listTree, readReport, runCli, tempDir } from './run-cli';

describe('bad arguments: exit 2 with the usage', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /не указана команда/],
    ['an unknown command', ['проверить', 'a.xlsx'], /неизвестная команда «проверить»/],
    ['no workbook', ['check', '--as-of', '2025-03-03'], /не указана ни одна книга/],
    ['an unknown option', ['check', 'a.xlsx', '--asof', '2025-03-03'], /неизвестный параметр «--asof»/],
    ['a date that does not exist', ['check', 'a.xlsx', '--as-of', '2025-02-30'], /ГГГГ-ММ-ДД/],
    ['a date in Russian order', ['check', 'a.xlsx', '--as-of', '03.03.2025'], /ГГГГ-ММ-ДД/],
    ['an unknown letter format', ['check', 'a.xlsx', '--letters', 'rtf'], /--letters: укажите docx, pdf/],
    ['an option without its value', ['check', 'a.xlsx', '--out'], /у параметра --out нет значения/],
    [
      'an unknown roadmap preset',
      ['check', 'a.xlsx', '--roadmap', 'municipal-2024'],
      /дорожная карта «municipal-2024» не найдена: укажите municipal-2025/,
    ],
    ['an option that is not the program’s', ['check', 'a.xlsx', '-x'], /неизвестный параметр «-x»/],
    [
      'an option whose value is missing before the next one',
      ['check', 'a.xlsx', '--out', '--letters', 'none'],
      /у параметра --out нет значения/,
    ],
    ['an option given twice', ['check', 'a.xlsx', '--roadmap', 'school-2023', '--roadmap', 'municipal-2025'], /указан дважды/],
  ];
  it.each(cases)('%s', async (_what, argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Использование:');
    expect(run.stdout).toBe('');
  });

  it('--version prints the version of package.json and exits 0', async () => {
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version);
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('roadmap-control check КНИГА.xlsx');
  });

  it('reads options in both spellings and applies the defaults', () => {
    expect(parseArgs(['check', 'a.xlsx', 'b.xlsx', '--as-of=2025-03-03', '--letters', 'PDF'])).toEqual({
      kind: 'check',
      options: {
        books: ['a.xlsx', 'b.xlsx'],
        roadmap: 'municipal-2025',
        asOf: '2025-03-03',
        registry: null,
        mapping: null,
        out: 'roadmap-control-out',
        letters: ['pdf'],
        settings: null,
        template: null,
        previous: null,
      },
    });
  });
});

describe('unusable option files: exit 1 with one line', () => {
  it('a roadmap file with an error, or a mapping naming an unknown measure', async () => {
    const dir = tempDir();
    const book = await writeFgisBook(dir, 'book.xlsx', THREE_SCHOOLS);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'карта.json'), JSON.stringify({ id: 'x', title: 'Карта', year: 2025, items: [] }));
    const invalid = await runCli(['check', book, '--roadmap', join(dir, 'карта.json'), '--out', join(dir, 'out')]);
    expect(invalid.code).toBe(1);
    expect(
      invalid.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.endsWith('…')),
    ).toHaveLength(1);
    expect(invalid.stderr).toMatch(/«карта\.json»: .*нет ни одного пункта/);
    writeFileSync(join(dir, 'mapping.json'), '[{"sheet": "ФГИС МШ", "column": "E", "measure": "teachers_registered_somewhere"}]');
    const mapping = await runCli(['check', book, '--mapping', join(dir, 'mapping.json'), '--out', join(dir, 'out')]);
    expect(mapping.code).toBe(1);
    expect(mapping.stderr).toMatch(/неизвестный показатель «teachers_registered_somewhere» \(лист «ФГИС МШ», столбец E\)/);
    expect(listTree(join(dir, 'out'))).toEqual([]);
  });
});

describe('the monitoring date: --as-of, else the workbook, else today', () => {
  const dir = tempDir();

  async function asOf(title: string, extra: string[]): Promise<Pick<ContractReport, 'asOf'> & { asOfSource: string }> {
    const book = await writeFgisBook(dir, `${Math.random().toString(36).slice(2)}.xlsx`, THREE_SCHOOLS, { title });
    const out = tempDir();
    expect((await runCli(['check', book, '--out', out, '--letters', 'none', ...extra])).code).toBe(0);
    const report = readReport(out) as { asOf: string; asOfSource: string };
    return { asOf: report.asOf, asOfSource: report.asOfSource };
  }

  it('--as-of wins over the date in the title', async () => {
    expect(await asOf('Регистрация во ФГИС «Моя школа» по состоянию на 03.03.2025', ['--as-of', '2025-03-17'])).toEqual({
      asOf: '2025-03-17',
      asOfSource: 'argument',
    });
  });

  it('the date in the title wins over today', async () => {
    expect(await asOf('Регистрация во ФГИС «Моя школа» по состоянию на 03.03.2025', [])).toEqual({
      asOf: '2025-03-03',
      asOfSource: 'workbook',
    });
  });

  it('today when the workbook names no date', async () => {
    const before = todayLocal();
    const result = await asOf('Регистрация во ФГИС «Моя школа»', []);
    expect(result.asOfSource).toBe('today');
    expect([before, todayLocal()]).toContain(result.asOf);
  });
});
