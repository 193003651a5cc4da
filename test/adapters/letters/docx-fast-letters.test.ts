import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { renderDefaultDocx } from '../../../src/adapters/letters/docx-letters';
import { DocxLetterBatch } from '../../../src/adapters/letters/docx-fast-letters';
import { docxBody, mergeDocx } from '../../../src/adapters/letters/merge-docx';
import { renderLetters } from '../../../src/adapters/letters/render-letters';
import { crc32 } from '../../../src/adapters/xlsx-package/crc32';
import { LetterModel } from '../../../src/core/letters/letter-model';
import { directorsLetters, longLetter, sampleLetters } from './letter-test-support';

/** Letters whose text holds every character XML escapes, a control character and no personal name. */
function awkwardLetters(): LetterModel[] {
  const [l] = sampleLetters();
  return [
    {
      ...l,
      school: 'МБОУ "Школа <№ 5>" & Co\u0001',
      addressee: { ...l.addressee, school: "МБОУ 'Школа'", personDative: undefined as unknown as string },
      rows: l.rows.map((r) => ({ ...r, comment: `${r.comment} <&>` })),
      request: [...l.request, 'Второй абзац «просьбы» & "кавычки".'],
      intro: [...l.intro, 'Ещё абзац.'],
    },
    { ...l, rows: [] },
  ];
}

const PYTHON = '/usr/bin/python3';
const everyLetter = () => [...sampleLetters(), ...directorsLetters(), ...longLetter(), ...awkwardLetters()];
/** The times in core.xml are when the file was made: the fast path keeps its batch's, one render earlier. */
const withoutTimes = (core: string) => core.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><');

/** '' when equal; else where the texts part, with a little of each, so a failure reads in one line. */
function firstDifference(part: string, a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `${part} at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… instead of …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

describe('the fast default .docx (parts shared per batch, body written directly)', () => {
  it('writes for every letter the document.xml the docx library writes, byte for byte, and the same core properties', async () => {
    const letters = everyLetter();
    const batch = await DocxLetterBatch.create(letters[0]);
    for (const letter of letters) {
      const expected = unzipSync(await renderDefaultDocx([letter]));
      const fast = unzipSync(batch.letter(letter));
      expect(Object.keys(fast)).toEqual(Object.keys(expected));
      for (const part of Object.keys(expected)) {
        const [a, b] = [strFromU8(fast[part]), strFromU8(expected[part])];
        if (part === 'docProps/core.xml') expect(withoutTimes(a)).toBe(withoutTimes(b));
        else expect(firstDifference(part, a, b)).toBe('');
      }
    }
  });

  it('builds the combined file from the bodies as the merge of rendered letters did', async () => {
    const letters = everyLetter();
    const rendered = await Promise.all(letters.map((l) => renderDefaultDocx([l])));
    const merged = unzipSync(mergeDocx(rendered[0], rendered.map(docxBody)));
    const { files } = await renderLetters(letters, { formats: ['docx'], combined: true });
    const combined = unzipSync(files[files.length - 1].data);
    expect(firstDifference('combined', strFromU8(combined['word/document.xml']), strFromU8(merged['word/document.xml']))).toBe('');
    expect(strFromU8(combined['docProps/core.xml'])).toContain('<dc:title>Запросы о предоставлении объяснений</dc:title>');
    expect(strFromU8(combined['word/document.xml']).match(/<w:sectPr>/g)).toHaveLength(letters.length);
  });

  it('writes a zip other readers accept: checksums and sizes right, the same bytes for the same letters', async () => {
    const [letter] = sampleLetters();
    const batch = await DocxLetterBatch.create(letter);
    const data = batch.letter(letter);
    // fflate checks nothing, so the CRC is checked against the parts unpacked; a zip tool's view below.
    const parts = unzipSync(data);
    expect(Object.keys(parts)).toContain('[Content_Types].xml');
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(batch.letter(letter)).toEqual(data);
    // Python's zipfile checks every entry's CRC-32 and sizes against the central directory.
    if (!existsSync(PYTHON)) return console.log(`${PYTHON} is not installed: the zip is not checked by a second reader`);
    const dir = mkdtempSync(join(tmpdir(), 'fast-docx-'));
    try {
      writeFileSync(join(dir, 'letter.docx'), data);
      const check = spawnSync(
        PYTHON,
        [
          '-c',
          'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip() or "ok", len(z.namelist()))',
          join(dir, 'letter.docx'),
        ],
        { encoding: 'utf8' },
      );
      expect(check.stdout.trim()).toBe(`ok ${Object.keys(parts).length}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
