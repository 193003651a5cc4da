import { openWorkbook } from '../adapters/office/open-workbook';
import { CheckSession } from '../app/check-session';
import { CheckSettings, DEFAULT_ROADMAP, parseStoredSettings } from '../app/check-settings';
import { saveSettings } from '../adapters/office/workbook-settings';
import { ExcelCheckOptions, prepareExcelCheck, writeExcelCheck } from '../commands/excel-check';
import { IsoDate } from '../core/model/iso-date';
import { Progress } from './progress';
import { RulesWritten, WorkbookSource } from './workbook-source';
import { writeRulesSheetInExcel } from '../adapters/office/write-rules-sheet';
import { measuresSheetPlan, rulesSheetPlan } from '../core/plan/rules-sheet-plan';
import { getPreset } from '../core/roadmap/presets';
import { WorkerClient, progressProxy } from './worker/worker-client';

/** The open workbook, through Office.js: three syncs for a check, one to save settings. */
export class ExcelSource implements WorkbookSource {
  readonly mode = 'excel';
  readonly title: string;
  private settings: CheckSettings | null = null;

  constructor(
    private readonly today: () => IsoDate,
    /** The pane's worker: the grids are read here, on the page, and checked there. None: checked in place. */
    private readonly client: WorkerClient | null = null,
  ) {
    this.title = Office.context.document.url?.split(/[\\/]/).pop() || 'Книга';
  }

  private checker(progress: Progress): ExcelCheckOptions['checker'] {
    const client = this.client;
    if (!client) return undefined;
    return (book, settings, today) => client.run((api) => api.checkGrids(book, settings, today, progressProxy(progress)));
  }

  private merges(): boolean {
    return Office.context.requirements.isSetSupported('ExcelApi', '1.13');
  }

  async loadSettings(): Promise<CheckSettings> {
    return Excel.run(async (context) => parseStoredSettings((await openWorkbook(context)).settings));
  }

  async saveSettings(settings: CheckSettings): Promise<void> {
    await Excel.run((context) => saveSettings(context, settings));
  }

  async check(settings: CheckSettings, progress: Progress): Promise<CheckSession> {
    this.settings = settings;
    await progress('Чтение листов книги…', 0.1);
    return Excel.run(async (context) => {
      const prepared = await prepareExcelCheck(context, {
        today: this.today(),
        bookName: this.title,
        merges: this.merges(),
        settings,
        checker: this.checker(progress),
      });
      await progress('Проверка завершена, готовим результат…', 0.9);
      return prepared.session;
    });
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

  /** Re-reads the workbook (it may have changed since the dry run) and writes in the same batch. */
  async write(progress: Progress): Promise<null> {
    const settings = this.settings ?? (await this.loadSettings());
    await progress('Чтение листов книги…', 0.1);
    await Excel.run(async (context) => {
      const prepared = await prepareExcelCheck(context, {
        today: this.today(),
        bookName: this.title,
        merges: this.merges(),
        settings,
        checker: this.checker(progress),
      });
      await progress('Запись подсветки и листов в книгу…', 0.7);
      await writeExcelCheck(context, prepared);
    });
    return null;
  }
}
