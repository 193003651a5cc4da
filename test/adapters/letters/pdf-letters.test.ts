import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { renderLetters } from '../../../src/adapters/letters/render-letters';
import { GAPS_PT } from '../../../src/adapters/letters/letter-layout';
import { LONG_WORD, breakLongWords } from '../../../src/adapters/letters/pdf-long-words';
import { describeWithTools, pdfText, run } from './external-tools';
import { DIRECTORS, directorsLetters, longLetter, sampleLetters } from './letter-test-support';

const squash = (text: string) => text.replace(/\s+/g, ' ');

describeWithTools(['pdftotext', 'pdffonts', 'pdfinfo'], 'PDF letters', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'letters-pdf-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('embeds its Cyrillic font and carries the school, the items and the addressee as text', async () => {
    const { files, diagnostics } = await renderLetters(sampleLetters(), { formats: ['pdf'], combined: true });
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.path)).toEqual([
      'letters/6501000001_СОШ-1_запрос_2025-03-05.pdf',
      'letters/6501000002_Гимназия-2-им-А-С-Пушкина_запрос_2025-03-05.pdf',
      'letters/6501000004_Новоназимовская-СОШ-4_запрос_2025-03-05.pdf',
      'letters/Все_письма_2025-03-05.pdf',
    ]);
    for (const [i, file] of files.entries()) {
      const path = join(dir, `letter-${i}.pdf`);
      writeFileSync(path, file.data);
      const fonts = run('pdffonts', [path]).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      // Columns: name type encoding emb sub uni object ID; «emb» must be «yes» for every font.
      for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
      // Liberation Serif: Times New Roman's metrics, so lines break where the .docx breaks them.
      for (const line of fonts) expect(line).toMatch(/LiberationSerif/);
    }
    const first = squash(pdfText(join(dir, 'letter-0.pdf')));
    expect(first).toContain('Директору МБОУ «СОШ № 1»');
    expect(first).toContain('М.П. Ивановой');
    expect(first).toContain('О предоставлении объяснений');
    expect(first).toContain(
      '3.2 Доля педагогов, зарегистрированных во ФГИС «Моя школа» не выполнено 85,7 % 100 % зарегистрировать ещё 3 педагогов',
    );
    expect(first).toContain('Прошу в срок до 10.03.2025');
    const combined = squash(pdfText(join(dir, 'letter-3.pdf')));
    expect(combined).toContain('МБОУ «Гимназия № 2 им. А.С. Пушкина»');
    expect(combined).toContain('выявлены повторно');
  });

  it('declines every director’s name in the PDF too', async () => {
    const { files } = await renderLetters(directorsLetters(), { formats: ['pdf'] });
    for (const [i, [, dative]] of DIRECTORS.entries()) {
      const path = join(dir, `director-${i}.pdf`);
      writeFileSync(path, files[i].data);
      expect(squash(pdfText(path))).toContain(dative);
    }
  });

  it('numbers pages from the second, restarting with every letter of the combined file', async () => {
    const pageCount = (path: string) => Number(run('pdfinfo', [path]).match(/Pages:\s+(\d+)/)![1]);
    const firstLine = (path: string, page: number) => pdfText(path, { first: page, last: page }, 'layout').trim().split('\n')[0].trim();
    const alone = join(dir, 'long-alone.pdf');
    writeFileSync(alone, (await renderLetters(longLetter(), { formats: ['pdf'] })).files[0].data);
    const longPages = pageCount(alone);
    expect(longPages).toBeGreaterThanOrEqual(2);

    const { files } = await renderLetters([...longLetter(), ...sampleLetters().slice(1, 2)], { formats: ['pdf'], combined: true });
    const path = join(dir, 'long.pdf');
    writeFileSync(path, files.find((f) => f.path.includes('Все_письма'))!.data);
    expect(firstLine(path, 1)).not.toMatch(/^\d+$/);
    for (let page = 2; page <= longPages; page++) expect(firstLine(path, page)).toBe(String(page));
    const next = longPages + 1;
    expect(firstLine(path, next)).not.toMatch(/^\d+$/);
    expect(squash(pdfText(path, { first: next, last: next }))).toContain('Директору МБОУ «Гимназия № 2 им. А.С. Пушкина»');
    // The second letter has three findings: one page, with no number on it.
    expect(pageCount(path)).toBe(next);
  });
});

describeWithTools(['pdftotext'], 'a school name as long as an Excel cell holds', () => {
  // 32,767 characters and no space: pdfmake took minutes over such a word before.
  const name = `МБОУ ${'Ш'.repeat(32_767 - 5)}`;
  const letterWith = (school: string) => {
    const [l] = sampleLetters();
    return {
      ...l,
      school,
      addressee: { ...l.addressee, school },
      intro: [`По состоянию на ${l.asOfText} в ${school} выявлены нарушения (таблица).`],
    };
  };

  it('makes the PDF in seconds, every character of the name in it, ordinary words untouched', async () => {
    const start = Date.now();
    const { files } = await renderLetters([letterWith(name)], { formats: ['pdf'] });
    expect(Date.now() - start).toBeLessThan(15_000);
    expect(files).toHaveLength(1);
    const dir = mkdtempSync(join(tmpdir(), 'letters-long-name-'));
    try {
      writeFileSync(join(dir, 'letter.pdf'), files[0].data);
      // In the addressee and in the opening: twice, no character lost.
      expect(pdfText(join(dir, 'letter.pdf')).match(/Ш/g)?.length).toBe(2 * (32_767 - 5));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(breakLongWords('Доля педагогов, зарегистрированных во ФГИС «Моя школа»')).toBe(
      'Доля педагогов, зарегистрированных во ФГИС «Моя школа»',
    );
    const broken = breakLongWords(name);
    expect(broken.replace(/\u200B/g, '')).toBe(name);
    expect(Math.max(...broken.split(/[\s\u200B]/).map((w) => w.length))).toBeLessThan(LONG_WORD);
  }, 60_000);
});

describeWithTools(['pdftotext', 'pdfinfo'], 'the executor at the foot of the last page, for letters of 1 to 30 rows', () => {
  // Word boxes of the last page, in points from the page's top.
  const lastPageWords = (path: string) => {
    const pages = Number(run('pdfinfo', [path]).match(/Pages:\s+(\d+)/)![1]);
    const boxes = run('pdftotext', ['-bbox', '-f', String(pages), '-l', String(pages), path, '-']);
    return [...boxes.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      top: Number(m[1]),
      bottom: Number(m[2]),
      word: m[3],
    }));
  };

  it('keeps the request and the signature on the executor’s page, the signature’s gap above the executor', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'letters-rows-'));
    try {
      for (let rows = 1; rows <= 30; rows++) {
        const path = join(dir, `rows-${rows}.pdf`);
        writeFileSync(path, (await renderLetters(longLetter(rows), { formats: ['pdf'] })).files[0].data);
        const words = lastPageWords(path);
        const find = (word: string) => words.find((w) => w.word === word);
        const signature = find('Соколова')!;
        const executor = find('Кравцова')!;
        expect([rows, Boolean(find('Прошу')), Boolean(signature)]).toEqual([rows, true, true]);
        expect([rows, executor.top - signature.bottom >= GAPS_PT.beforeExecutor - 1]).toEqual([rows, true]);
        // Nothing below the executor's two lines.
        expect([
          rows,
          Math.max(...words.map((w) => w.bottom)) <= Math.max(...words.filter((w) => w.word === '2-15-08').map((w) => w.bottom)),
        ]).toEqual([rows, true]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
