import { LetterModel } from '../../core/letters/letter-model';
import { Diagnostic, diagnostic } from '../../core/model/diagnostic';
import { LETTERS_DIR, combinedFileStem, letterFilePaths, zipFileName } from './letter-file-names';
import type { DocxBody } from './merge-docx';

export type LetterFormat = 'docx' | 'pdf';

export interface RenderLettersOptions {
  formats: LetterFormat[];
  /** Also one file with every letter, each from a new page, for printing. */
  combined?: boolean;
  /** Also a zip of every file produced. */
  zip?: boolean;
  /** The department's own .docx template; the default ГОСТ layout otherwise. */
  template?: Uint8Array;
  /**
   * Where each file goes as soon as it is rendered (the command line's output folder): the
   * files are then not kept, and `files` comes back empty. Without it they are returned.
   */
  sink?: (file: RenderedFile) => Promise<void>;
}

export interface RenderedFile {
  path: string;
  data: Uint8Array;
  /** Set on a file holding one school's letter (register, report.json). */
  schoolId?: string;
}

export interface RenderedLetters {
  files: RenderedFile[];
  /** Every file produced, sunk or returned: what the register and report.json name. */
  written: { path: string; schoolId?: string }[];
  diagnostics: Diagnostic[];
}

type Renderer = (letters: readonly LetterModel[]) => Promise<{ data: Uint8Array | null; diagnostics: Diagnostic[] }>;

/**
 * The renderers are imported on demand: docx, docxtemplater and pdfmake with
 * its fonts weigh megabytes the task pane should not load before a click.
 */
async function rendererFor(format: LetterFormat, template: Uint8Array | undefined): Promise<Renderer> {
  if (format === 'pdf') {
    const { renderPdf } = await import('./pdf-letters');
    return async (letters) => ({ data: await renderPdf(letters), diagnostics: [] });
  }
  if (template) {
    const { renderTemplateDocx } = await import('./template-letters');
    return async (letters) => renderTemplateDocx(template, letters);
  }
  const { renderDefaultDocx } = await import('./docx-letters');
  return async (letters) => ({ data: await renderDefaultDocx(letters), diagnostics: [] });
}

/**
 * The default .docx layout, one batch: each letter's body is written once, packed as its own
 * file and kept (as text) for the combined file, which is packed from them directly.
 */
async function defaultDocxRenderer(first: LetterModel, keepBodies: boolean): Promise<{ render: Renderer; combined: () => Uint8Array }> {
  const { DocxLetterBatch } = await import('./docx-fast-letters');
  const { letterBodyXml } = await import('./docx-letter-xml');
  const batch = await DocxLetterBatch.create(first);
  const bodies: string[] = [];
  return {
    render: async ([letter]) => {
      const body = letterBodyXml(letter);
      if (keepBodies) bodies.push(body);
      return { data: batch.letter(letter, body), diagnostics: [] };
    },
    combined: () => batch.combined(bodies),
  };
}

/**
 * Every letter as its own file in each format, optionally a combined file per format and a zip
 * of them all. Paths are relative («letters/…»); the host decides where they go (a folder, a
 * download). Each file is handed on as it is rendered; a combined .docx is put together from
 * the letters already rendered (their bodies), a combined PDF reuses their page counts.
 */
export async function renderLetters(letters: readonly LetterModel[], options: RenderLettersOptions): Promise<RenderedLetters> {
  const files: RenderedFile[] = [];
  const written: RenderedLetters['written'] = [];
  const diagnostics: Diagnostic[] = [];
  if (letters.length === 0) return { files, written, diagnostics };
  if (options.template && options.formats.includes('pdf')) {
    diagnostics.push(
      diagnostic(
        'letters.pdf-default-layout',
        'info',
        'PDF-файлы писем построены по стандартному макету: шаблон управления применяется только к файлам Word (.docx).',
      ),
    );
  }
  const zip = options.zip ? new (await import('./zip-letters')).LetterZip() : null;
  const emit = async (file: RenderedFile) => {
    written.push({ path: file.path, ...(file.schoolId ? { schoolId: file.schoolId } : {}) });
    zip?.add(file.path, file.data);
    if (options.sink) await options.sink(file);
    else files.push(file);
  };
  const date = letters[0].date;
  const combine = Boolean(options.combined) && letters.length > 1;
  for (const format of [...new Set(options.formats)]) {
    const fast = format === 'docx' && !options.template ? await defaultDocxRenderer(letters[0], combine) : null;
    const render = fast ? fast.render : await rendererFor(format, options.template);
    const paths = letterFilePaths(letters, format);
    let failed = false;
    let first: Uint8Array | null = null;
    const bodies: DocxBody[] = [];
    // PizZip is needed only to merge a department template's letters: not loaded for a check without them.
    const merge = combine && format === 'docx' && !fast ? await import('./merge-docx') : null;
    for (const [i, letter] of letters.entries()) {
      const out = await render([letter]);
      diagnostics.push(...out.diagnostics.filter((d) => !diagnostics.some((known) => known.message === d.message)));
      // A broken template fails the same way for every school: say it once.
      if (!out.data) {
        failed = true;
        break;
      }
      if (merge) {
        first ??= out.data;
        bodies.push(merge.docxBody(out.data));
      }
      await emit({ ...paths[i], data: out.data });
    }
    if (!combine || failed) continue;
    const path = `${LETTERS_DIR}/${combinedFileStem(date)}.${format}`;
    if (fast) await emit({ path, data: fast.combined() });
    else if (merge && first) await emit({ path, data: merge.mergeDocx(first, bodies) });
    else {
      const out = await render(letters);
      if (out.data) await emit({ path, data: out.data });
    }
  }
  if (zip && written.length > 0) {
    const data = await zip.bytes();
    const file = { path: `${LETTERS_DIR}/${zipFileName(date)}`, data };
    written.push({ path: file.path });
    if (options.sink) await options.sink(file);
    else files.push(file);
  }
  return { files, written, diagnostics };
}
