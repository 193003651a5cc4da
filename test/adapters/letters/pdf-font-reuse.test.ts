import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { renderLetters } from '../../../src/adapters/letters/render-letters';
import { describeWithTools, pdfText, run } from './external-tools';
import { directorsLetters, longLetter, sampleLetters } from './letter-test-support';

/**
 * pdfmake is patched (patches/pdfmake+0.2.23.patch, applied by npm's
 * postinstall) to parse each font once per process and share the shaped words
 * across documents. A letter rendered after others must come out as it does
 * from a cold start: the same bytes but for the creation date and the file ID
 * derived from it.
 */
const withoutDate = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:…)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID […]');

describe('pdfmake as installed', () => {
  it('carries the font reuse patch (a failed postinstall would lose it silently)', () => {
    const bundle = readFileSync(require.resolve('pdfmake/build/pdfmake'), 'utf8');
    expect(bundle).toContain('function createFontOnce(buffer, family)');
    expect(bundle).toContain('font.roadmapControlLayoutCache ||');
  });
});

describeWithTools(['pdftotext', 'pdffonts'], 'PDF letters with fonts parsed once per process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'letters-pdf-reuse-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders a letter the same after other letters as on its own, Cyrillic font still embedded', async () => {
    const pdf = async () => (await renderLetters(sampleLetters().slice(0, 1), { formats: ['pdf'] })).files[0].data;
    // The first PDF of this test file's pdfmake: fonts parsed and words shaped from scratch.
    const cold = await pdf();
    await renderLetters([...directorsLetters(), ...longLetter()], { formats: ['pdf'], combined: true });
    const warm = await pdf();
    expect(withoutDate(warm)).toBe(withoutDate(cold));

    const paths = [cold, warm].map((data, i) => {
      const path = join(dir, `letter-${i}.pdf`);
      writeFileSync(path, data);
      return path;
    });
    expect(pdfText(paths[1])).toBe(pdfText(paths[0]));
    expect(pdfText(paths[1])).toContain('О предоставлении объяснений');
    const fonts = run('pdffonts', [paths[1]]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
  });

  it('keeps each document’s own font subset: a PDF holds only the glyphs it draws', async () => {
    const { files } = await renderLetters([...longLetter(), ...sampleLetters()], { formats: ['pdf'] });
    const afterLong = files[files.length - 1].data;
    const alone = (await renderLetters(sampleLetters().slice(-1), { formats: ['pdf'] })).files[0].data;
    expect(withoutDate(afterLong)).toBe(withoutDate(alone));
  });
});
