import PizZip from 'pizzip';

const DOCUMENT_XML = 'word/document.xml';

/** One letter's body as the combined file needs it: its paragraphs and tables, and its section properties. */
export interface DocxBody {
  content: string;
  sectPr: string;
}

/** The body of a rendered .docx, kept instead of the whole file while the batch is rendered. */
export function docxBody(docx: Uint8Array): DocxBody {
  const xml = new PizZip(docx).file(DOCUMENT_XML)?.asText() ?? '';
  const inner = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  const sectStart = inner.lastIndexOf('<w:sectPr');
  return { content: sectStart >= 0 ? inner.slice(0, sectStart) : inner, sectPr: sectStart >= 0 ? inner.slice(sectStart) : '' };
}

/**
 * Several letters in one file, from letters already rendered: the first letter's package with
 * every letter's body after it, each closed by its own section properties, so every letter
 * starts on a new page with its own headers and page numbering. Letters of one batch share
 * styles, headers and their relationship ids (one renderer, one template), so the first
 * letter's parts serve all.
 */
export function mergeDocx(first: Uint8Array, bodies: readonly DocxBody[]): Uint8Array {
  const zip = new PizZip(first);
  const xml = zip.file(DOCUMENT_XML)?.asText() ?? '';
  const merged = bodies
    .map((b, i) => (i < bodies.length - 1 ? `${b.content}<w:p><w:pPr>${b.sectPr || '<w:sectPr/>'}</w:pPr></w:p>` : `${b.content}${b.sectPr}`))
    .join('');
  zip.file(
    DOCUMENT_XML,
    xml.replace(/<w:body>[\s\S]*<\/w:body>/, () => `<w:body>${merged}</w:body>`),
  );
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
