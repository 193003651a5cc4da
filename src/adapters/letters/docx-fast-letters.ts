import { strFromU8, strToU8, unzipSync } from 'fflate';
import { LetterModel } from '../../core/letters/letter-model';
import { renderDefaultDocx } from './docx-letters';
import { escapeXml, letterBodyXml } from './docx-letter-xml';
import { ZipEntry, writeZip, zipEntry } from './zip-writer';

const DOCUMENT_XML = 'word/document.xml';
const CORE_XML = 'docProps/core.xml';
export const COMBINED_TITLE = 'Запросы о предоставлении объяснений';

/**
 * The default-layout letters of one batch, fast: the docx library renders the batch's first
 * letter once, and its 19 parts that are the same for every letter (styles, headers, fonts,
 * relationships, …) are kept, deflated once. Each letter then costs its body's XML
 * (docx-letter-xml.ts) and the title of its core properties, deflated and zipped. The
 * combined file is the same package with every body in it, no letter re-read.
 */
export class DocxLetterBatch {
  private constructor(
    private readonly shared: ZipEntry[],
    private readonly order: string[],
    /** document.xml up to and including <w:body>. */
    private readonly head: string,
    /** The section properties (page, margins, headers), the same for every letter. */
    readonly sectPr: string,
    /** </w:body></w:document>. */
    private readonly tail: string,
    private readonly core: string,
  ) {}

  static async create(first: LetterModel): Promise<DocxLetterBatch> {
    const parts = unzipSync(await renderDefaultDocx([first]));
    const xml = strFromU8(parts[DOCUMENT_XML]);
    const bodyAt = xml.indexOf('<w:body>') + '<w:body>'.length;
    const sectAt = xml.lastIndexOf('<w:sectPr');
    const endAt = xml.lastIndexOf('</w:body>');
    if (bodyAt < 8 || sectAt < bodyAt || endAt < sectAt) throw new Error('docx: unexpected document.xml layout');
    const order = Object.keys(parts);
    const shared = order.filter((p) => p !== DOCUMENT_XML && p !== CORE_XML).map((p) => zipEntry(p, parts[p]));
    return new DocxLetterBatch(shared, order, xml.slice(0, bodyAt), xml.slice(sectAt, endAt), xml.slice(endAt), strFromU8(parts[CORE_XML]));
  }

  /** One letter's .docx. */
  letter(letter: LetterModel, body = letterBodyXml(letter)): Uint8Array {
    return this.pack(this.document(body + this.sectPr), `${letter.title}: ${letter.school}`);
  }

  /** Every letter of the batch, each from a new page with its own page numbering. */
  combined(bodies: readonly string[]): Uint8Array {
    const pageBreak = `<w:p><w:pPr>${this.sectPr}</w:pPr></w:p>`;
    return this.pack(this.document(bodies.join(pageBreak) + this.sectPr), COMBINED_TITLE);
  }

  document(inner: string): string {
    return this.head + inner + this.tail;
  }

  /** The core properties with this file's title: creator and times are the batch's. */
  coreXml(title: string): string {
    return this.core.replace(/<dc:title>[^<]*<\/dc:title>/, () => `<dc:title>${escapeXml(title)}</dc:title>`);
  }

  private pack(document: string, title: string): Uint8Array {
    const own = new Map([
      [DOCUMENT_XML, zipEntry(DOCUMENT_XML, strToU8(document))],
      [CORE_XML, zipEntry(CORE_XML, strToU8(this.coreXml(title)))],
    ]);
    let s = 0;
    return writeZip(this.order.map((p) => own.get(p) ?? this.shared[s++]));
  }
}
