import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { LetterModel } from '../../core/letters/letter-model';
import { Diagnostic, diagnostic } from '../../core/model/diagnostic';
import { templateData } from './template-data';
import { templateDiagnostics } from './template-errors';
import { locateInTemplate } from './template-location';

const DOCUMENT_XML = 'word/document.xml';

interface Rendered {
  data: Uint8Array | null;
  diagnostics: Diagnostic[];
}

function renderOne(template: Uint8Array, letter: LetterModel, unknownTags: Set<string>): PizZip {
  const zip = new PizZip(template);
  // The default parser only looks names up: template text is never evaluated as code.
  const doc = new Docxtemplater(zip, {
    paragraphLoop: true,
    linebreaks: true,
    // Errors come back as diagnostics; docxtemplater would also print them to the console.
    errorLogging: false,
    nullGetter: (part: { value?: string; module?: string }) => {
      if (part.value) unknownTags.add(part.value);
      return '';
    },
  });
  doc.render(templateData(letter));
  return doc.getZip();
}

/**
 * Several letters in one file: each rendered body is closed by the template's
 * own section properties, so every letter starts on a new page with the
 * template's headers and page numbering.
 */
function mergeBodies(zips: PizZip[]): PizZip {
  const bodies = zips.map((z) => {
    const xml = z.file(DOCUMENT_XML)?.asText() ?? '';
    const inner = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
    const sectStart = inner.lastIndexOf('<w:sectPr');
    return { xml, content: sectStart >= 0 ? inner.slice(0, sectStart) : inner, sectPr: sectStart >= 0 ? inner.slice(sectStart) : '' };
  });
  const merged = bodies
    .map((b, i) =>
      i < bodies.length - 1 ? `${b.content}<w:p><w:pPr>${b.sectPr || '<w:sectPr/>'}</w:pPr></w:p>` : `${b.content}${b.sectPr}`,
    )
    .join('');
  const first = zips[0];
  first.file(
    DOCUMENT_XML,
    bodies[0].xml.replace(/<w:body>[\s\S]*<\/w:body>/, () => `<w:body>${merged}</w:body>`),
  );
  return first;
}

/** The template as a zip, to point at the paragraph an error is in; null when it is not a zip at all. */
function openZip(bytes: Uint8Array): PizZip | null {
  try {
    return new PizZip(bytes);
  } catch {
    return null;
  }
}

/** Letters on the department's own .docx template (docxtemplater placeholders, see docs/letters.md). */
export async function renderTemplateDocx(template: Uint8Array, letters: readonly LetterModel[]): Promise<Rendered> {
  const unknownTags = new Set<string>();
  let zips: PizZip[];
  try {
    zips = letters.map((l) => renderOne(template, l, unknownTags));
  } catch (error) {
    return { data: null, diagnostics: templateDiagnostics(error, locateInTemplate(openZip(template))) };
  }
  const diagnostics = [...unknownTags].map((tag) =>
    diagnostic(
      'letters.template-unknown-tag',
      'warning',
      `В шаблоне письма есть тег {${tag}}, но такого значения нет: место оставлено пустым. Список тегов — в описании шаблона.`,
    ),
  );
  const zip = zips.length === 1 ? zips[0] : mergeBodies(zips);
  return { data: zip.generate({ type: 'uint8array', compression: 'DEFLATE' }), diagnostics };
}
