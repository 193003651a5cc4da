import { transfer } from 'comlink';
import { CheckSession, checkBookSession, sessionReport } from '../../app/check-session';
import { checkCountsTo } from '../../app/check-progress-text';
import { CheckSettings } from '../../app/check-settings';
import { REPORT_FILE } from '../../app/output-names';
import { LetterFormat, renderLetters } from '../../adapters/letters/render-letters';
import { LetterModel } from '../../core/letters/letter-model';
import { Finding } from '../../core/model/finding';
import { WorkbookGrids } from '../../core/model/grid';
import { IsoDate } from '../../core/model/iso-date';
import { FileSource } from '../../hosts/browser/file-source';
import { countOf } from '../counts';
import { MIME, mimeOf } from '../downloads';
import { PackedSession, packSession } from '../pane-session';
import { OfferedFile, RulesWritten } from '../workbook-source';
import { ExcelWriteTarget, PostedExcelWrite, RibbonOutcome, excelWrite, ribbonOutcome } from './excel-write';
import { GridInbox, GridPart } from './grid-parts';
import { letterArchive } from './letter-archive';
import { paneView } from './pane-view';

/**
 * A file's bytes are moved to the page, not copied: a zip of thousands of letters is tens of
 * megabytes, and copying it would hold the page up at the very end.
 */
function moved(file: OfferedFile): OfferedFile {
  return typeof file.data === 'string' ? file : transfer(file, [file.data.buffer]);
}

/** Progress as the worker reports it: the page only paints it. */
export type WorkerProgress = (label: string, fraction: number) => void | Promise<void>;

/** A school opened in the list: its findings and its letter, asked for one at a time. */
export interface SchoolDetail {
  findings: Finding[];
  letter: LetterModel | null;
}

/**
 * Everything heavy the pane does, run inside a Web Worker: reading and checking
 * the book, writing the checked copy, drafting and packing the letters. The
 * page keeps Office.js and the DOM; it posts grids or bytes here, paints the
 * progress this side reports, and gets back only what it shows (PaneSession).
 */
export class PaneWorkerApi {
  private file: FileSource | null = null;
  /** The last check stays here: letters, details and the report are made from it. */
  private session: CheckSession | null = null;
  /** Excel: the grids the page posts in slices, until a check takes them. */
  private readonly inbox = new GridInbox();

  /** Browser mode: the chosen .xlsx, read here from now on (the page keeps its own copy to reopen it). */
  openFile(name: string, bytes: Uint8Array, today: IsoDate): void {
    this.file = new FileSource(name, bytes, () => today);
    this.session = null;
  }

  private opened(): FileSource {
    if (!this.file) throw new Error('Сначала выберите книгу.');
    return this.file;
  }

  private kept(): CheckSession {
    if (!this.session) throw new Error('Сначала выполните проверку.');
    return this.session;
  }

  private async done(session: CheckSession, progress: WorkerProgress): Promise<PackedSession> {
    this.session = session;
    await progress(
      `Проверено школ: ${countOf(session.result.registry.schools.length)}, писем к отправке: ${countOf(session.letters.length)}`,
      0.95,
    );
    return packSession(paneView(session));
  }

  async checkFile(settings: CheckSettings, progress: WorkerProgress): Promise<PackedSession> {
    await progress('Книга передана на проверку…', 0.05);
    const session = await this.opened().check(settings, async (label, fraction) => void (await progress(label, fraction)));
    return this.done(session, progress);
  }

  async writeRules(roadmapId: string): Promise<RulesWritten> {
    return this.opened().writeRules(roadmapId);
  }

  async checkedWorkbook(progress: WorkerProgress): Promise<OfferedFile> {
    const file = await this.opened().write(async (label, fraction) => void (await progress(label, fraction)));
    await progress(`Проверенная книга готова: ${countOf(Math.ceil(file.data.length / 1024))} КБ`, 1);
    return moved(file);
  }

  /** Excel: the page posts the grids it read a slice at a time (post-grids.ts); null below means «those». */
  startGrids(name: string): void {
    this.inbox.start(name);
  }

  addGridPart(part: GridPart): void {
    this.inbox.add(part);
  }

  private bookOf(book: WorkbookGrids | null): WorkbookGrids {
    return book ?? this.inbox.take();
  }

  /** Excel: the grids the page read through Office.js, checked here. */
  async checkGrids(book: WorkbookGrids | null, settings: CheckSettings, today: IsoDate, progress: WorkerProgress): Promise<PackedSession> {
    const grids = this.bookOf(book);
    await progress(`Проверка по дорожной карте: листов — ${grids.grids.length}…`, 0.3);
    return this.done(checkBookSession(grids, settings, today, checkCountsTo(progress)), progress);
  }

  /**
   * Excel's write: the book checked here and the write prepared here too (excel-write.ts), so the
   * page gets compact, mostly moved data and only makes the Office.js calls.
   */
  async excelWrite(
    book: WorkbookGrids | null,
    settings: CheckSettings,
    today: IsoDate,
    target: ExcelWriteTarget,
    progress: WorkerProgress,
  ): Promise<PostedExcelWrite> {
    const grids = this.bookOf(book);
    await progress(`Проверка по дорожной карте: листов — ${grids.grids.length}…`, 0.3);
    this.session = checkBookSession(grids, settings, today, checkCountsTo(progress));
    return excelWrite(this.session, target, progress);
  }

  /** The host refused the inserted .xlsx: the same write of the kept check, cell by cell, over the sheets as they are now. */
  async excelDirectWrite(target: ExcelWriteTarget, progress: WorkerProgress = () => undefined): Promise<PostedExcelWrite> {
    return excelWrite(this.kept(), { ...target, insertSheets: false }, progress);
  }

  /** The ribbon's «Проверить», from the function file's own worker: the check, its short result and the write made ready. */
  async ribbonCheck(book: WorkbookGrids | null, settings: CheckSettings, today: IsoDate, target: ExcelWriteTarget): Promise<RibbonOutcome> {
    this.session = checkBookSession(this.bookOf(book), settings, today);
    return ribbonOutcome(this.session, target);
  }

  hasSession(): boolean {
    return this.session !== null;
  }

  schoolDetail(schoolId: string): SchoolDetail {
    const session = this.kept();
    return {
      findings: session.result.evaluation.findings.filter((f) => f.schoolId === schoolId && f.status !== 'not_due'),
      letter: session.letters.find((l) => l.schoolId === schoolId) ?? null,
    };
  }

  /** Every letter in one zip, with counts as it goes. */
  async letterArchive(format: LetterFormat, progress: WorkerProgress): Promise<OfferedFile> {
    return moved(await letterArchive(this.kept().letters, format, progress));
  }

  async oneLetter(schoolId: string, format: LetterFormat): Promise<OfferedFile> {
    const letter = this.kept().letters.find((l) => l.schoolId === schoolId);
    if (!letter) throw new Error('Письма этой школе нет: выполните проверку заново.');
    const rendered = await renderLetters([letter], { formats: [format] });
    const file = rendered.files[0];
    if (!file) throw new Error(rendered.diagnostics[0]?.message ?? 'Письмо не удалось собрать.');
    return moved({ name: file.path.split('/').pop()!, data: file.data, mime: mimeOf(file.path) });
  }

  /** report.json of the kept check, built here: for thousands of schools it is seconds of work. */
  report(): OfferedFile {
    return { name: REPORT_FILE, data: `${JSON.stringify(sessionReport(this.kept()), null, 2)}\n`, mime: MIME.json };
  }
}
