import { CheckSession, checkBookSession, sessionReport } from '../../app/check-session';
import { REPORT_FILE } from '../../app/output-names';
import { MIME, mimeOf } from '../downloads';
import { CheckSettings } from '../../app/check-settings';
import { LetterFormat, renderLetters } from '../../adapters/letters/render-letters';
import { LetterModel } from '../../core/letters/letter-model';
import { WorkbookGrids } from '../../core/model/grid';
import { IsoDate } from '../../core/model/iso-date';
import { FileSource } from '../../hosts/browser/file-source';
import { OfferedFile, RulesWritten } from '../workbook-source';
import { letterArchive } from './letter-archive';

/** Progress as the worker reports it: the page only paints it, so nothing waits for the paint. */
export type WorkerProgress = (label: string, fraction: number) => void | Promise<void>;

/**
 * Everything heavy the pane does, run inside a Web Worker: reading and checking
 * the book, writing the checked copy, drafting and packing the letters. The
 * page keeps Office.js and the DOM; it posts grids or bytes here and paints
 * the progress this side reports.
 */
export class PaneWorkerApi {
  private file: FileSource | null = null;
  /** The last check's session stays here: the letters and the report are made from it without posting it back. */
  private session: CheckSession | null = null;

  /** Browser mode: the chosen .xlsx, read here from now on (the page keeps its own copy to reopen it). */
  openFile(name: string, bytes: Uint8Array, today: IsoDate): void {
    this.file = new FileSource(name, bytes, () => today);
  }

  private opened(): FileSource {
    if (!this.file) throw new Error('Сначала выберите книгу.');
    return this.file;
  }

  async checkFile(settings: CheckSettings, progress: WorkerProgress): Promise<CheckSession> {
    this.session = await this.opened().check(settings, async (label, fraction) => void (await progress(label, fraction)));
    return this.session;
  }

  async writeRules(roadmapId: string): Promise<RulesWritten> {
    return this.opened().writeRules(roadmapId);
  }

  async checkedWorkbook(progress: WorkerProgress): Promise<OfferedFile> {
    return this.opened().write(async (label, fraction) => void (await progress(label, fraction)));
  }

  /** Excel: the grids the page read through Office.js, checked here; the page then writes the plan. */
  async checkGrids(book: WorkbookGrids, settings: CheckSettings, today: IsoDate, progress: WorkerProgress): Promise<CheckSession> {
    await progress(`Проверка по дорожной карте: листов — ${book.grids.length}…`, 0.5);
    this.session = checkBookSession(book, settings, today);
    return this.session;
  }

  /** Every letter in one zip; `letters` only when this worker has not kept the check (a fresh worker after a cancel). */
  async letterArchive(format: LetterFormat, progress: WorkerProgress, letters?: LetterModel[]): Promise<OfferedFile> {
    return letterArchive(letters ?? this.kept().letters, format, progress);
  }

  async oneLetter(letter: LetterModel, format: LetterFormat): Promise<OfferedFile> {
    const rendered = await renderLetters([letter], { formats: [format] });
    const file = rendered.files[0];
    if (!file) throw new Error(rendered.diagnostics[0]?.message ?? 'Письмо не удалось собрать.');
    return { name: file.path.split('/').pop()!, data: file.data, mime: mimeOf(file.path) };
  }

  /** report.json of the kept check, built here: for thousands of schools it is seconds of work. */
  async report(session?: CheckSession): Promise<OfferedFile> {
    return { name: REPORT_FILE, data: `${JSON.stringify(sessionReport(session ?? this.kept()), null, 2)}\n`, mime: MIME.json };
  }

  /** Whether this worker still holds a check (the page then posts no letters). */
  hasSession(): boolean {
    return this.session !== null;
  }

  private kept(): CheckSession {
    if (!this.session) throw new Error('Сначала выполните проверку.');
    return this.session;
  }
}
