import { LetterModel } from '../../core/letters/letter-model';
import { Diagnostic, diagnostic } from '../../core/model/diagnostic';
import { LETTERS_DIR, combinedFileStem, letterFilePaths, zipFileName } from './letter-file-names';

export type LetterFormat = 'docx' | 'pdf';

export interface RenderLettersOptions {
  formats: LetterFormat[];
  /** Also one file with every letter, each from a new page, for printing. */
  combined?: boolean;
  /** Also a zip of every file produced. */
  zip?: boolean;
  /** The department's own .docx template; the default ГОСТ layout otherwise. */
  template?: Uint8Array;
}

export interface RenderedFile {
  path: string;
  data: Uint8Array;
  /** Set on a file holding one school's letter (register, report.json). */
  schoolId?: string;
}

export interface RenderedLetters {
  files: RenderedFile[];
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
 * Every letter as its own file in each format, optionally a combined file per
 * format and a zip of them all. Paths are relative («letters/…»); the host
 * decides where they go (a folder, a download).
 */
export async function renderLetters(letters: readonly LetterModel[], options: RenderLettersOptions): Promise<RenderedLetters> {
  const files: RenderedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  if (letters.length === 0) return { files, diagnostics };
  if (options.template && options.formats.includes('pdf')) {
    diagnostics.push(
      diagnostic(
        'letters.pdf-default-layout',
        'info',
        'PDF-файлы писем построены по стандартному макету: шаблон управления применяется только к файлам Word (.docx).',
      ),
    );
  }
  const date = letters[0].date;
  for (const format of [...new Set(options.formats)]) {
    const render = await rendererFor(format, options.template);
    const paths = letterFilePaths(letters, format);
    let failed = false;
    for (const [i, letter] of letters.entries()) {
      const out = await render([letter]);
      diagnostics.push(...out.diagnostics.filter((d) => !diagnostics.some((known) => known.message === d.message)));
      if (out.data) files.push({ ...paths[i], data: out.data });
      // A broken template fails the same way for every school: say it once.
      failed = out.data === null;
      if (failed) break;
    }
    if (options.combined && letters.length > 1 && !failed) {
      const out = await render(letters);
      if (out.data) files.push({ path: `${LETTERS_DIR}/${combinedFileStem(date)}.${format}`, data: out.data });
    }
  }
  if (options.zip && files.length > 0) {
    const { zipFiles } = await import('./zip-letters');
    files.push({ path: `${LETTERS_DIR}/${zipFileName(date)}`, data: await zipFiles(files) });
  }
  return { files, diagnostics };
}
