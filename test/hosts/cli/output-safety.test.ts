import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { THREE_SCHOOLS, writeFgisBook } from './books';
import { listTree, readReport, runCli, tempDir } from './run-cli';

const hidden = (dir: string) => listTree(dir).filter((p) => p.split('/').some((seg) => seg.startsWith('.')));

describe('nothing of the user’s is lost in --out', () => {
  it('a re-run keeps a letter the user edited, and the letters of an earlier run when this one writes none', async () => {
    const dir = tempDir();
    const book = await writeFgisBook(dir, 'мониторинг.xlsx', THREE_SCHOOLS);
    const out = join(dir, 'out');
    expect((await runCli(['check', book, '--as-of', '2025-03-03', '--out', out, '--letters', 'docx'])).code).toBe(0);
    const letters = (readReport(out) as { letters: { files: string[] }[] }).letters.flatMap((l) => l.files);
    expect(letters.length).toBeGreaterThan(0);
    const edited = join(out, letters[0]);
    writeFileSync(edited, 'письмо, исправленное специалистом');
    const later = statSync(join(out, 'report.json')).mtimeMs / 1000 + 60;
    utimesSync(edited, later, later);

    const again = await runCli(['check', book, '--as-of', '2025-03-03', '--out', out, '--letters', 'docx']);
    expect(again.code).toBe(0);
    expect(readFileSync(edited, 'utf8')).toBe('письмо, исправленное специалистом');
    expect(again.stdout).toContain('изменено после прошлой проверки и оставлено как есть');

    expect((await runCli(['check', book, '--as-of', '2025-03-03', '--out', out, '--letters', 'none'])).code).toBe(0);
    for (const file of letters) expect(existsSync(join(out, file))).toBe(true);
    writeFileSync(join(out, 'letters', 'мои заметки.txt'), 'не трогать');
    expect((await runCli(['check', book, '--as-of', '2025-03-03', '--out', out, '--letters', 'docx'])).code).toBe(0);
    expect(readFileSync(join(out, 'letters', 'мои заметки.txt'), 'utf8')).toBe('не трогать');
    expect(hidden(out)).toEqual([]);
  });

  it('checking DIR/x.checked.xlsx into DIR replaces it with a complete new file and leaves no temporary files', async () => {
    const dir = tempDir();
    const book = await writeFgisBook(dir, 'мониторинг.xlsx', THREE_SCHOOLS);
    expect((await runCli(['check', book, '--as-of', '2025-03-03', '--out', dir, '--letters', 'none'])).code).toBe(0);
    const checked = join(dir, 'мониторинг.checked.xlsx');
    const first = readFileSync(checked);
    const again = await runCli(['check', checked, '--as-of', '2025-03-03', '--out', dir, '--letters', 'none']);
    expect(again.code).toBe(0);
    // Written over itself: the new file is complete before it replaces the old one, and a re-run changes no byte.
    expect(readFileSync(checked)).toEqual(first);
    expect(hidden(dir)).toEqual([]);
  });

  it('an unusable book leaves --out exactly as it was', async () => {
    const dir = tempDir();
    const book = await writeFgisBook(dir, 'мониторинг.xlsx', THREE_SCHOOLS);
    const out = join(dir, 'out');
    expect((await runCli(['check', book, '--as-of', '2025-03-03', '--out', out, '--letters', 'none'])).code).toBe(0);
    const before = listTree(out).map((p) => [p, statSync(join(out, p)).mtimeMs]);
    writeFileSync(join(dir, 'пустая.xlsx'), '');
    expect((await runCli(['check', book, join(dir, 'пустая.xlsx'), '--out', out, '--letters', 'none'])).code).toBe(1);
    expect(listTree(out).map((p) => [p, statSync(join(out, p)).mtimeMs])).toEqual(before);
  });

  it('an --out it cannot write to is one Russian line, not a hang', async () => {
    const run = await runCli([
      'check',
      join(__dirname, '../../../assets/samples/monitoring-2025-03-03.xlsx'),
      '--out',
      '/proc/roadmap-control',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/папка результатов «\/proc\/roadmap-control»/);
  });
});
