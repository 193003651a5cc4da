import { CheckSession, checkBookSession } from '../../app/check-session';
import { CheckSettings, DEFAULT_ROADMAP, DEFAULT_SETTINGS, parseStoredSettings } from '../../app/check-settings';
import { checkCountsTo } from '../../app/check-progress-text';
import { checkedBookNames } from '../../app/output-names';
import { IsoDate } from '../../core/model/iso-date';
import { MIME } from '../../taskpane/downloads';
import { Progress } from '../../taskpane/progress';
import { OfferedFile, RulesWritten, WorkbookSource } from '../../taskpane/workbook-source';
import { Grid } from '../../core/model/grid';
import { RulesSheetPlan, rulesSheetPlan } from '../../core/plan/rules-sheet-plan';
import { PlannedSheet } from '../../core/plan/workbook-plan';
import { getPreset } from '../../core/roadmap/presets';
import { RULES_SHEET } from '../../core/roadmap/rules-table-layout';

const STORAGE_KEY = 'roadmap-control.settings';

/** In a plain browser the choices live in this browser (there is no workbook to keep them in). */
export function loadBrowserSettings(): CheckSettings {
  try {
    return parseStoredSettings(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function saveBrowserSettings(settings: CheckSettings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private windows may refuse storage: the settings then last for this visit.
  }
}

/** Thrown with a plain Russian reason when the chosen file is not a readable workbook. */
export class UnreadableFile extends Error {}

/**
 * An .xlsx chosen in a plain browser, read and written through the same package
 * editor as the command line (fflate instead of Node's zlib). It is imported only
 * now: a user in Excel never needs it.
 */
export class FileSource implements WorkbookSource {
  readonly mode = 'browser';
  private session: CheckSession | null = null;
  /** «Правила» the user asked for in this visit: part of the book from now on, and of the checked copy. */
  private rules: RulesSheetPlan | null = null;

  constructor(
    readonly title: string,
    private readonly bytes: Uint8Array,
    private readonly today: () => IsoDate,
  ) {}

  async loadSettings(): Promise<CheckSettings> {
    return loadBrowserSettings();
  }

  async saveSettings(settings: CheckSettings): Promise<void> {
    saveBrowserSettings(settings);
  }

  private async read() {
    const { readWorkbookGrids } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx/read-workbook-grids');
    const read = await readWorkbookGrids(this.bytes.slice(), this.title);
    if (!read.ok) throw new UnreadableFile(`Файл «${this.title}» не удалось прочитать: ${read.reason}`);
    const addRules = this.rules !== null && !hasRulesSheet(read.book.grids);
    if (addRules) read.book.grids.push(plannedSheetGrid(this.rules!));
    return { ...read, userSheets: addRules ? [this.rules!] : [] };
  }

  async check(settings: CheckSettings, progress: Progress): Promise<CheckSession> {
    await progress('Чтение книги…', 0.1);
    const read = await this.read();
    await progress('Проверка по дорожной карте…', 0.2);
    this.session = checkBookSession(read.book, settings, this.today(), checkCountsTo(progress));
    return this.session;
  }

  async writeRules(roadmapId: string): Promise<RulesWritten> {
    const read = await this.read();
    if (hasRulesSheet(read.book.grids))
      return { written: false, reason: `В книге уже есть лист «${RULES_SHEET}»: правила проверки берутся с него.` };
    const roadmap = getPreset(roadmapId) ?? getPreset(DEFAULT_ROADMAP)!;
    this.rules = rulesSheetPlan(roadmap, roadmap.id);
    return { written: true };
  }

  /** The checked copy: the user's own file with the plan spliced in (every part it had kept as it was). */
  async write(progress: Progress): Promise<OfferedFile> {
    if (!this.session) throw new Error('Сначала выполните проверку.');
    await progress('Сборка проверенной книги…', 0.2);
    const read = await this.read();
    const { checkedWorkbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../../adapters/xlsx/checked-workbook');
    await progress('Запись файла…', 0.5);
    const data = await checkedWorkbookBytes(read.opened, this.session.result.books[0].plan, read.userSheets);
    return { name: checkedBookNames([this.title])[0], data, mime: MIME.xlsx };
  }
}

function hasRulesSheet(grids: readonly Grid[]): boolean {
  return grids.some((g) => g.sheet.trim().toLowerCase() === RULES_SHEET.toLowerCase());
}

/** A planned sheet as the grid an adapter would read back from it. */
function plannedSheetGrid(sheet: PlannedSheet): Grid {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const values = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => r[c]?.v ?? null));
  return { sheet: sheet.name, values, numberFormats: [], originRow: 1, originCol: 1, merges: [] };
}
