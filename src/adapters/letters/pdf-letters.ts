import pdfMake from 'pdfmake/build/pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { LetterModel } from '../../core/letters/letter-model';
import { LETTER_FONT_FILES, letterFonts } from './letter-fonts';
import { BODY_PT, HEADER_MM, MARGINS_MM, PDF_FONT, PDF_LINE_HEIGHT, TABLE_PT, mmToPoints } from './letter-layout';
import { letterContent } from './pdf-letter-content';

/**
 * pdfmake's browser build also runs in Node, so the same code makes PDFs in the command line
 * and in the task pane. The font is Liberation Serif (letter-fonts.ts), embedded as a subset.
 * Each letter is a document of its own; pdfmake is patched (patches/pdfmake+0.2.23.patch) so
 * that documents share one parsed font and its shaped words instead of starting cold.
 */
const FONTS = {
  [PDF_FONT]: {
    normal: LETTER_FONT_FILES.normal,
    bold: LETTER_FONT_FILES.bold,
    italics: LETTER_FONT_FILES.normal,
    bolditalics: LETTER_FONT_FILES.bold,
  },
};

type PageHeader = (currentPage: number) => Content | null;

async function toBytes(definition: TDocumentDefinitions): Promise<Uint8Array> {
  // pdfmake copies the bytes it is given without decoding them, though its types say base64 text.
  const vfs = (await letterFonts()) as unknown as Record<string, string>;
  return new Promise((resolve) => pdfMake.createPdf(definition, undefined, FONTS, vfs).getBuffer((buffer) => resolve(new Uint8Array(buffer))));
}

function documentFor(letters: readonly LetterModel[], header: PageHeader, onPageCount?: (n: number) => void): TDocumentDefinitions {
  const content = letters.flatMap((l, i) => {
    const [first, ...rest] = letterContent(l);
    // Every letter after the first starts on a new page.
    return i === 0 ? [first, ...rest] : [{ stack: [first], pageBreak: 'before' } as Content, ...rest];
  });
  return {
    pageSize: 'A4',
    pageMargins: [mmToPoints(MARGINS_MM.left), mmToPoints(MARGINS_MM.top), mmToPoints(MARGINS_MM.right), mmToPoints(MARGINS_MM.bottom)],
    info: {
      title: letters.length === 1 ? `${letters[0].title}: ${letters[0].school}` : 'Запросы о предоставлении объяснений',
      author: letters[0]?.department.name,
    },
    defaultStyle: { font: PDF_FONT, fontSize: BODY_PT, lineHeight: PDF_LINE_HEIGHT },
    header: (currentPage: number, pageCount: number) => {
      onPageCount?.(pageCount);
      const h = header(currentPage);
      return h ? { stack: [h], margin: [0, mmToPoints(HEADER_MM), 0, 0] } : null;
    },
    content,
  } as TDocumentDefinitions;
}

/** Page numbers from the second page of each letter, centred at the top. */
const pageNumberFrom =
  (letterStarts: number[]): PageHeader =>
  (page) => {
    const start = [...letterStarts].reverse().find((s) => s <= page) ?? 1;
    const inLetter = page - start + 1;
    return inLetter > 1 ? { text: String(inLetter), alignment: 'center', fontSize: TABLE_PT } : null;
  };

/** Page counts of letters already laid out alone: the combined file reuses them. */
const pageCounts = new WeakMap<LetterModel, number>();

async function renderAlone(letter: LetterModel): Promise<Uint8Array> {
  let pages = 1;
  const bytes = await toBytes(documentFor([letter], pageNumberFrom([1]), (n) => (pages = n)));
  pageCounts.set(letter, pages);
  return bytes;
}

/**
 * Letters as one PDF. Numbering restarts with every letter, so each letter's
 * page count must be known first: from its own file rendered earlier in the
 * batch, or by laying it out alone now.
 */
export async function renderPdf(letters: readonly LetterModel[]): Promise<Uint8Array> {
  if (letters.length === 1) return renderAlone(letters[0]);
  const starts: number[] = [];
  let next = 1;
  for (const letter of letters) {
    if (!pageCounts.has(letter)) await renderAlone(letter);
    starts.push(next);
    next += pageCounts.get(letter) ?? 1;
  }
  return toBytes(documentFor(letters, pageNumberFrom(starts)));
}
