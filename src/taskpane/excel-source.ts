import { openWorkbook } from '../adapters/office/open-workbook';
import { saveSettings } from '../adapters/office/workbook-settings';
import { writeRulesSheetInExcel } from '../adapters/office/write-rules-sheet';
import { CheckSettings, DEFAULT_ROADMAP, parseStoredSettings } from '../app/check-settings';
import { ExcelCheckOptions, readExcelBook, writePreparedExcel } from '../commands/excel-check';
import { IsoDate } from '../core/model/iso-date';
import { measuresSheetPlan, rulesSheetPlan } from '../core/plan/rules-sheet-plan';
import { getPreset } from '../core/roadmap/presets';
import { PaneSession, unpackSession } from './pane-session';
import { Progress, yieldToUi } from './progress';
import { RulesWritten, PaneSource } from './workbook-source';
import type { ExcelWriteTarget } from './worker/excel-write';
import { postGrids } from './worker/post-grids';
import { WorkerClient, progressProxy } from './worker/worker-client';

/**
 * The open workbook, through Office.js, on the page: the grids are read in
 * two syncs and posted to the worker in slices, which checks them; for the
 * write the worker also prepares what the page queues (the sheets as one
 * .xlsx, the rules packed), and the page makes the calls and one more sync.
 */
export class ExcelSource implements PaneSource {
  readonly mode = 'excel';
  readonly title: string;
  private settings: CheckSettings | null = null;

  constructor(
    private readonly today: () => IsoDate,
    private readonly client: WorkerClient,
  ) {
    this.title = Office.context.document.url?.split(/[\\/]/).pop() || 'Книга';
  }

  private options(settings: CheckSettings): ExcelCheckOptions {
    return {
      today: this.today(),
      bookName: this.title,
      merges: Office.context.requirements.isSetSupported('ExcelApi', '1.13'),
      settings,
      between: yieldToUi,
    };
  }

  async loadSettings(): Promise<CheckSettings> {
    return Excel.run(async (context) => parseStoredSettings((await openWorkbook(context)).settings));
  }

  async saveSettings(settings: CheckSettings): Promise<void> {
    await Excel.run((context) => saveSettings(context, settings));
  }

  async check(settings: CheckSettings, progress: Progress): Promise<PaneSession> {
    this.settings = settings;
    await progress('Чтение листов книги…', 0.1);
    const read = await Excel.run((context) => readExcelBook(context, this.options(settings)));
    await progress(`Прочитано листов: ${read.book.grids.length}`, 0.3);
    const posted = await postGrids(this.client, read.book);
    return unpackSession(await this.client.run((api) => api.checkGrids(posted, read.settings, this.today(), progressProxy(progress))));
  }

  async writeRules(roadmapId: string): Promise<RulesWritten> {
    const roadmap = getPreset(roadmapId) ?? getPreset(DEFAULT_ROADMAP)!;
    const notes = Office.context.requirements.isSetSupported('ExcelApi', '1.18');
    const result = await Excel.run((context) =>
      writeRulesSheetInExcel(context, rulesSheetPlan(roadmap, roadmap.id), measuresSheetPlan(), { notes }),
    );
    return result.written
      ? result
      : { written: false, reason: `В книге уже есть лист «${result.existing}»: правила проверки берутся с него.` };
  }

  /**
   * Re-reads the workbook (it may have changed since the dry run); the worker checks it and
   * prepares the write (the sheets as one .xlsx, the rules packed), so the page only makes
   * the Office.js calls, in slices with counts between them, and one more sync.
   */
  async write(progress: Progress): Promise<null> {
    const settings = this.settings ?? (await this.loadSettings());
    await progress('Чтение листов книги…', 0.1);
    await Excel.run(async (context) => {
      const read = await readExcelBook(context, this.options(settings));
      const target: ExcelWriteTarget = { snapshot: read.snapshot, insertSheets: read.insertSheets, settings: read.settings };
      // The grids go in slices; null then means «the ones just posted».
      const book = await postGrids(this.client, read.book);
      const posted = await this.client.run((api) => api.excelWrite(book, read.settings, this.today(), target, progressProxy(progress)));
      const direct = async (snapshot: ExcelWriteTarget['snapshot']) =>
        (await this.client.run((api) => api.excelDirectWrite({ ...target, snapshot }, progressProxy(progress)))).prepared;
      await writePreparedExcel(context, read, posted.prepared, posted.settings, direct, progress);
    });
    return null;
  }
}
