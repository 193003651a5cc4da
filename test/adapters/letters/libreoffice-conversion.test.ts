import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { renderLetters } from '../../../src/adapters/letters/render-letters';
import { buildStarterTemplate } from '../../../src/adapters/letters/starter-template';
import { LetterModel } from '../../../src/core/letters/letter-model';
import { describeWithTools, pdfText, run } from './external-tools';
import { directorsLetters, longLetter, sampleLetters } from './letter-test-support';
import { demoLetters } from '../../core/letters/sample-letters';

const squash = (text: string) => text.replace(/\s+/g, ' ');

interface Expectation {
  name: string;
  letters: LetterModel[];
}

/**
 * Word is not available in CI; LibreOffice opening every generated .docx and
 * printing it to PDF is the closest check that a real office suite reads them.
 * One soffice call converts them all (it starts slowly).
 */
describeWithTools(['soffice', 'pdftotext', 'pdfinfo'], 'every generated .docx opens in LibreOffice', () => {
  let dir: string;
  const expectations: Expectation[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'letters-soffice-'));
    mkdirSync(join(dir, 'in'));
    const template = await buildStarterTemplate();
    const batches: { prefix: string; letters: LetterModel[]; template?: Uint8Array }[] = [
      { prefix: 'default', letters: sampleLetters() },
      { prefix: 'directors', letters: directorsLetters() },
      { prefix: 'template', letters: sampleLetters(), template },
      { prefix: 'long', letters: [...longLetter(), ...sampleLetters().slice(1, 2)] },
      // Either side of a page break before the closing (4|5 and 16|17 rows, Liberation Serif).
      { prefix: 'rows', letters: [4, 5, 16, 17].flatMap((n) => longLetter(n).map((l) => ({ ...l, schoolId: `${l.schoolId}-${n}` }))) },
      // The 17 letters `npm run demo` drafts from the bundled sample workbook.
      { prefix: 'demo', letters: await demoLetters() },
    ];
    for (const batch of batches) {
      const formats: ('docx' | 'pdf')[] = batch.template ? ['docx'] : ['docx', 'pdf'];
      const { files: all, diagnostics } = await renderLetters(batch.letters, { formats, combined: true, template: batch.template });
      for (const [i, file] of all.filter((f) => f.path.endsWith('.pdf')).entries())
        writeFileSync(join(dir, `${batch.prefix}-${i}.project.pdf`), file.data);
      const files = all.filter((f) => f.path.endsWith('.docx'));
      expect(diagnostics).toEqual([]);
      for (const [i, file] of files.entries()) {
        const name = `${batch.prefix}-${i}`;
        writeFileSync(join(dir, 'in', `${name}.docx`), file.data);
        expectations.push({ name, letters: file.schoolId ? batch.letters.filter((l) => l.schoolId === file.schoolId) : batch.letters });
      }
    }
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const inputs = readdirSync(join(dir, 'in')).map((f) => join(dir, 'in', f));
    run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(dir, 'out'), ...inputs],
      300_000,
    );
  }, 320_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('converts every file', () => {
    expect(expectations.length).toBe(3 + 1 + 9 + 1 + 3 + 1 + 2 + 1 + 4 + 1 + 17 + 1);
    for (const e of expectations) expect(existsSync(join(dir, 'out', `${e.name}.pdf`))).toBe(true);
  });

  it('shows the school, the items and the addressee of every letter', () => {
    for (const e of expectations) {
      const text = squash(pdfText(join(dir, 'out', `${e.name}.pdf`)));
      for (const letter of e.letters) {
        expect(text).toContain(`${letter.addressee.position} ${letter.school}`);
        expect(text).toContain(letter.addressee.personDative!.replace(/\u00A0/g, ' '));
        expect(text).toContain(letter.addressee.salutation);
        for (const row of letter.rows) expect(text).toContain(squash(row.indicator.replace(/\u00A0/g, ' ')).split(' ')[0]);
        for (const item of letter.items) expect(text).toMatch(new RegExp(`(^| )${item.number.replace('.', '\\.')} `));
        expect(text).toContain(`№ ${letter.number}`);
      }
    }
  });

  it('lays every letter out alike in the .docx (as LibreOffice prints it) and the PDF: pages and the opening’s line breaks', () => {
    const pageCount = (path: string) => Number(run('pdfinfo', [path]).match(/Pages:\s+(\d+)/)![1]);
    /** The opening paragraph's lines: from «По результатам» to the line with «(таблица).». */
    const openingLines = (path: string) => {
      const lines = pdfText(path, { first: 1, last: 1 }, 'layout')
        .split('\n')
        .map((l) => l.trim().replace(/\s+/g, ' '));
      const start = lines.findIndex((l) => l.startsWith('По результатам'));
      const end = lines.findIndex((l, i) => i >= start && l.includes('(таблица).'));
      return lines.slice(start, end + 1);
    };
    const compared = expectations.filter((e) => !e.name.startsWith('template'));
    expect(compared.length).toBeGreaterThan(10);
    for (const e of compared) {
      const office = join(dir, 'out', `${e.name}.pdf`);
      const project = join(dir, `${e.name}.project.pdf`);
      expect([e.name, pageCount(project)]).toEqual([e.name, pageCount(office)]);
      const opening = openingLines(project);
      expect(opening.length).toBeGreaterThan(2);
      expect(opening).toEqual(openingLines(office));
    }
  });

  it('never leaves the signature or the executor alone on a last page, in either format', () => {
    const pageCount = (path: string) => Number(run('pdfinfo', [path]).match(/Pages:\s+(\d+)/)![1]);
    for (const e of expectations.filter((x) => !x.name.startsWith('template') && x.letters.length === 1)) {
      const letter = e.letters[0];
      const lastRequest = letter.request[letter.request.length - 1]
        .replace(/\u00A0/g, ' ')
        .split(' ')
        .slice(0, 4)
        .join(' ');
      for (const path of [join(dir, 'out', `${e.name}.pdf`), join(dir, `${e.name}.project.pdf`)]) {
        const pages = pageCount(path);
        const last = squash(pdfText(path, { first: pages, last: pages }));
        expect([path, last.includes(lastRequest), last.includes(letter.signatory.name.replace(/\u00A0/g, ' '))]).toEqual([
          path,
          true,
          true,
        ]);
        expect(last).toContain(letter.executor.phone);
      }
    }
  });

  it('puts the executor at the foot of the last page, its lines the page’s last, in either format', () => {
    const pageCount = (path: string) => Number(run('pdfinfo', [path]).match(/Pages:\s+(\d+)/)![1]);
    // The bottom margin is 20 mm: the phone's baseline region ends within a few points of it.
    const marginTop = ((297 - 20) / 25.4) * 72;
    for (const e of expectations.filter((x) => !x.name.startsWith('template') && x.letters.length === 1)) {
      const { executor } = e.letters[0];
      for (const path of [join(dir, 'out', `${e.name}.pdf`), join(dir, `${e.name}.project.pdf`)]) {
        const pages = pageCount(path);
        const lines = pdfText(path, { first: pages, last: pages }, 'layout')
          .split('\n')
          .map((l) => squash(l).trim())
          .filter((l) => l !== '');
        expect([path, ...lines.slice(-2)]).toEqual([path, squash(executor.name), executor.phone]);
        // Where the phone stands: pdftotext's word boxes, in points from the page's top.
        const boxes = run('pdftotext', ['-bbox', '-f', String(pages), '-l', String(pages), path, '-']);
        const lastWord = executor.phone.split(' ').pop()!;
        const yMax = Number([...boxes.matchAll(/yMax="([\d.]+)">([^<]*)</g)].filter((m) => m[2] === lastWord).pop()![1]);
        expect([path, Math.abs(yMax - marginTop) < 6]).toEqual([path, true]);
      }
    }
  });

  it('numbers pages from the second, centred at the top, restarting with every letter', () => {
    const pageCount = (path: string) => Number(run('pdfinfo', [path]).match(/Pages:\s+(\d+)/)![1]);
    const firstLine = (path: string, page: number) =>
      pdfText(path, { first: page, last: page }, 'layout')
        .split('\n')
        .find((l) => l.trim() !== '')!;
    const alone = join(dir, 'out', 'long-0.pdf');
    const longPages = pageCount(alone);
    expect(longPages).toBeGreaterThanOrEqual(2);
    const combined = join(dir, 'out', 'long-2.pdf');
    expect(pageCount(combined)).toBeGreaterThan(longPages);
    expect(firstLine(combined, 1).trim()).not.toMatch(/^\d+$/);
    for (let page = 2; page <= longPages; page++) {
      const line = firstLine(combined, page);
      expect(line.trim()).toBe(String(page));
      // Centred: the number stands far from the left margin.
      expect(line.indexOf(String(page))).toBeGreaterThan(20);
    }
    expect(firstLine(combined, longPages + 1).trim()).not.toMatch(/^\d+$/);
  });
});
