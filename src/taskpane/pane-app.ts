import { CheckSettings, DEFAULT_SETTINGS } from '../app/check-settings';
import { OLD_EXCEL_MESSAGE } from '../commands/old-excel';
import { Diagnostic } from '../core/model/diagnostic';
import { Busy, BusyElements } from './busy';
import { countOf } from './counts';
import { h, mount } from './dom';
import { canDownload, openInBrowser, saveFile } from './downloads';
import { withNextNumber } from './next-number';
import { PaneSession } from './pane-session';
import { plainError } from './plain-error';
import { BrowserState, NO_FILTER } from './results/school-browser';
import { tablist } from './tabs';
import { checkView } from './views/check-view';
import { LetterFormat, lettersView } from './views/letters-view';
import { mappingView } from './views/mapping-view';
import { settingsView, validateLetters } from './views/settings-view';
import { OfferedFile, PaneSource } from './workbook-source';
import { Cancelled, WorkerClient, progressProxy } from './worker/worker-client';

export type View = 'check' | 'mapping' | 'letters' | 'settings';
export const VIEWS: View[] = ['check', 'mapping', 'letters', 'settings'];
const TABS: [View, string][] = [
  ['check', 'Проверка'],
  ['mapping', 'Столбцы'],
  ['letters', 'Письма'],
  ['settings', 'Настройки'],
];

export interface PaneElements {
  app: HTMLElement;
  tabs: HTMLElement;
  status: HTMLElement;
  /** Browser mode: the book line with its file picker, always there. */
  book: HTMLElement;
  busy: BusyElements;
}

type Note = { text: string; kind: 'info' | 'error'; extra?: HTMLElement | null };

export interface PaneOptions {
  client: WorkerClient;
  /** Browser mode: a picker that hands over the chosen book (any time, as often as the user likes). */
  picker?: (onChosen: (source: PaneSource) => void) => HTMLElement;
  /** Browser mode: the letter details before any book is chosen (settings view works first). */
  store?: { load(): CheckSettings; save(settings: CheckSettings): void };
}

/** The pane's state and its four views; the same in Excel and in a plain browser. */
export class PaneApp {
  private settings: CheckSettings = { ...DEFAULT_SETTINGS };
  private session: PaneSession | null = null;
  /** The worker generation that holds the session (a cancel since then took the worker's copy). */
  private sessionIn = -1;
  private settingsErrors: Diagnostic[] = [];
  /** The details as typed when the form refused them: shown again beside their errors, not the saved ones. */
  private settingsDraft: CheckSettings | null = null;
  private readonly notes = new Map<View, Note>();
  private readonly browser: BrowserState = { ...NO_FILTER };
  private readonly letterState: { open: string | null } = { open: null };
  private busy: Busy;
  private running = false;
  /** The action running now, so a new book can wait for its cancel to land. */
  private current: Promise<boolean> = Promise.resolve(true);

  constructor(
    private readonly els: PaneElements,
    private source: PaneSource | null,
    private view: View,
    private readonly options: PaneOptions,
  ) {
    this.busy = new Busy(els.busy, () => options.client.running);
    els.busy.cancel.addEventListener('click', () => options.client.cancel());
    (window as unknown as { __paneProgress: string[] }).__paneProgress = this.busy.seen;
  }

  async start(): Promise<void> {
    if (this.source) await this.guard(async () => void (this.settings = await this.source!.loadSettings()));
    else if (this.options.store) this.settings = this.options.store.load();
    this.renderBook();
    this.render();
    // Opened from the ribbon's «Письма» in Excel: the letters need a check, and a dry run writes nothing.
    if (this.source?.mode === 'excel' && (this.view === 'letters' || this.view === 'mapping')) await this.run(this.settings);
  }

  static oldExcel(els: PaneElements): void {
    mount(els.app, h('p', { class: 'error', role: 'alert' }, OLD_EXCEL_MESSAGE));
  }

  /** A message of one view: it stays with that view and is gone on the next action there. */
  private note(text: string, kind: Note['kind'] = 'info', extra: HTMLElement | null = null, view: View = this.view): void {
    this.notes.set(view, { text, kind, extra });
    if (view === this.view) this.renderNote();
  }

  private renderNote(): void {
    const n = this.notes.get(this.view);
    mount(this.els.status, n ? h('p', { class: n.kind, role: n.kind === 'error' ? 'alert' : 'status' }, n.text, n.extra ?? null) : null);
  }

  /** Runs one user action: progress, then a plain sentence on failure; never an exception in the user's face. */
  private guard(action: () => Promise<void>): Promise<boolean> {
    if (this.running) return Promise.resolve(false);
    this.current = this.guarded(action);
    return this.current;
  }

  private async guarded(action: () => Promise<void>): Promise<boolean> {
    this.running = true;
    const view = this.view;
    this.notes.delete(view);
    this.renderNote();
    this.busy.start();
    try {
      await action();
      return true;
    } catch (error) {
      if (error instanceof Cancelled) this.note(error.message, 'info', null, view);
      else this.note(plainError(error), 'error', null, view);
      return false;
    } finally {
      this.running = false;
      this.busy.stop();
    }
  }

  /** Browser mode: the chosen book's name and the picker, above the tabs, in every view. */
  private renderBook(): void {
    const picker = this.options.picker;
    if (!picker) {
      mount(this.els.book, this.source ? h('p', { class: 'book-name' }, `Книга: ${this.source.title}`) : null);
      return;
    }
    mount(
      this.els.book,
      this.source ? h('p', { class: 'book-name', id: 'book-name' }, `Книга: ${this.source.title}`) : null,
      picker((source) => void this.choose(source)),
    );
  }

  render(focus: string | null = null): void {
    mount(
      this.els.tabs,
      tablist(TABS, this.view, 'app', (view) => this.go(view)),
    );
    this.els.app.setAttribute('aria-labelledby', `tab-${this.view}`);
    mount(this.els.app, this.viewElements());
    this.renderNote();
    if (focus) (document.querySelector(focus) as HTMLElement | null)?.focus();
  }

  /** Tabs, the ribbon's #hash and the pane's own links all come here; focus follows to the chosen tab. */
  go(view: View): void {
    this.view = view;
    this.render(`#tab-${view}`);
  }

  private viewElements(): HTMLElement[] {
    if (!this.source && this.view !== 'settings') {
      return [
        h(
          'p',
          { class: 'intro' },
          this.options.picker
            ? 'Панель открыта вне Excel. Выберите книгу мониторинга (.xlsx) выше: проверка выполнится здесь, в браузере, файл никуда не отправляется.'
            : 'Откройте книгу мониторинга.',
        ),
      ];
    }
    const mode = this.source?.mode ?? 'browser';
    switch (this.view) {
      case 'mapping':
        return mappingView(this.settings, this.session, (mapping, key) => this.saveAndRerun({ ...this.settings, mapping }, key));
      case 'letters':
        return lettersView(
          this.session,
          {
            exportAll: (f) => this.exportAll(f),
            exportOne: (id, f) => this.exportOne(id, f),
            letter: async (id) => (await this.detail(id)).letter,
          },
          this.letterState,
        );
      case 'settings':
        return settingsView(
          this.settingsDraft ?? this.settings,
          (next) => this.saveSettings(next),
          this.settingsErrors,
          this.source ? (id) => this.writeRules(id) : null,
          mode,
        );
      default:
        return checkView(this.settings, this.session, mode, this.browser, {
          run: (s) => this.run(s),
          write: () => this.write(),
          report: () => this.downloadReport(),
          exportOne: (id, f) => this.exportOne(id, f),
          detail: (id) => this.detail(id),
        });
    }
  }

  /** Another book, at any time: whatever runs is cancelled, and nothing of the last book stays on screen. */
  private async choose(source: PaneSource): Promise<void> {
    if (this.running) {
      this.options.client.cancel();
      await this.current;
    }
    this.source = source;
    this.session = null;
    this.notes.clear();
    Object.assign(this.browser, NO_FILTER);
    this.letterState.open = null;
    this.settingsErrors = [];
    this.settingsDraft = null;
    this.view = 'check';
    await this.start();
    this.note(`Выбрана книга «${source.title}». Нажмите «Проверить».`, 'info', null, 'check');
    (document.querySelector('#run-check') as HTMLElement | null)?.focus();
  }

  private run(settings: CheckSettings, focus = '#findings h2'): Promise<boolean> {
    return this.guard(async () => {
      this.settings = settings;
      await this.source!.saveSettings(settings);
      this.session = await this.source!.check(settings, this.busy.report);
      this.sessionIn = this.options.client.generation;
      Object.assign(this.browser, NO_FILTER);
      this.letterState.open = null;
      const { checked, schoolCount, letters } = this.session;
      this.notes.delete('mapping');
      this.notes.delete('letters');
      this.note(
        checked
          ? `Проверка выполнена: школ — ${countOf(schoolCount)}, писем — ${countOf(letters.length)}.${this.source!.mode === 'excel' ? ' Книга не изменена.' : ''}`
          : 'Таблицы мониторинга не найдены: ниже — что сделать.',
        checked ? 'info' : 'error',
        null,
        'check',
      );
      this.render(this.view === 'check' ? focus : null);
    });
  }

  private async saveAndRerun(settings: CheckSettings, key: string): Promise<void> {
    const done = await this.run(settings);
    if (done) this.note('Столбец исправлен, проверка выполнена заново.', 'info', null, 'mapping');
    if (this.view === 'mapping') this.render(`[data-column="${CSS.escape(key)}"]`);
  }

  private saveSettings(next: CheckSettings): Promise<boolean> {
    return this.guard(async () => {
      this.settingsErrors = validateLetters(next);
      this.settingsDraft = this.settingsErrors.length > 0 ? next : null;
      if (this.settingsErrors.length > 0) {
        this.note('Реквизиты не сохранены: исправьте отмеченные поля.', 'error');
        this.render('[aria-invalid="true"]');
        return;
      }
      this.settings = next;
      if (this.source) await this.source.saveSettings(next);
      else this.options.store?.save(next);
      // Letters of the last check are re-drafted with the new details before the pane says it is done.
      if (this.session && this.source) {
        this.session = await this.source.check(next, this.busy.report);
        this.sessionIn = this.options.client.generation;
        // The letters are new (new details): the lists start from the top.
        this.letterState.open = null;
        this.browser.open = null;
      }
      this.note(this.source?.mode === 'excel' ? 'Реквизиты сохранены в книге.' : 'Реквизиты сохранены в этом браузере.');
      this.render('#save-settings');
    });
  }

  private writeRules(roadmapId: string): Promise<boolean> {
    return this.guard(async () => {
      const result = await this.source!.writeRules(roadmapId);
      if (!result.written) {
        this.note(result.reason);
        return;
      }
      this.note(
        this.source!.mode === 'excel'
          ? 'Лист «Правила» добавлен в книгу: измените на нём сроки и пороги, следующая проверка возьмёт правила с него.'
          : 'Лист «Правила» добавлен в проверяемую книгу: следующая проверка возьмёт правила с него, а скачанная проверенная книга будет содержать этот лист.',
      );
      this.session = null;
      this.render('#write-rules');
    });
  }

  private write(): Promise<boolean> {
    return this.guard(async () => {
      const file = await this.source!.write(this.busy.report);
      if (file) this.offer(file);
      else {
        // The write advanced the outgoing numbers in the book: read them back for the next check.
        this.settings = await this.source!.loadSettings();
        this.note('Книга обновлена: подсветка, «Сводка», «Нарушения», «Календарь контроля» и «Реестр писем».');
      }
    });
  }

  /**
   * The full check lives in the worker. A cancel since the check took that worker away: the
   * same check is made again (same book, same choices, same numbers) before going on.
   */
  private async kept(): Promise<void> {
    if (this.sessionIn === this.options.client.generation) return;
    this.session = await this.source!.check(this.settings, this.busy.report);
    this.sessionIn = this.options.client.generation;
  }

  private async detail(schoolId: string) {
    if (this.sessionIn !== this.options.client.generation) throw new Error('Проверка отменена: выполните её заново.');
    return this.options.client.run((api) => api.schoolDetail(schoolId));
  }

  private downloadReport(): Promise<boolean> {
    return this.guard(async () => {
      if (!this.session) return;
      await this.kept();
      await this.busy.report('Сборка отчёта…', 0.5);
      this.offer(await this.options.client.run((api) => api.report()));
    });
  }

  private exportAll(format: LetterFormat): Promise<boolean> {
    return this.guard(async () => {
      await this.kept();
      const zip = await this.options.client.run((api) => api.letterArchive(format, progressProxy(this.busy.report)));
      this.offer(zip);
      await this.lettersSent();
    });
  }

  private exportOne(schoolId: string, format: LetterFormat): Promise<boolean> {
    return this.guard(async () => {
      await this.kept();
      await this.busy.report(format === 'pdf' ? 'Сборка письма (PDF)…' : 'Сборка письма (.docx)…', 0.3);
      this.offer(await this.options.client.run((api) => api.oneLetter(schoolId, format)));
      await this.lettersSent();
    });
  }

  /**
   * Letters left the pane: their outgoing numbers are used. The next number is saved at once
   * (in the book in Excel, in this browser otherwise), so the next check never repeats one.
   */
  private async lettersSent(): Promise<void> {
    if (!this.session) return;
    const next = withNextNumber(this.settings, this.session.nextNumber);
    if (next === this.settings) return;
    this.settings = next;
    if (this.source) await this.source.saveSettings(next);
    else this.options.store?.save(next);
  }

  /** A download where the host can; elsewhere the same pane in the system browser. */
  private offer(file: OfferedFile): void {
    if (canDownload(file.name)) {
      saveFile(file);
      this.note(`Файл «${file.name}» сохранён в папку загрузок.`);
      return;
    }
    const open = h('button', { type: 'button', class: 'secondary', onclick: () => openInBrowser() }, 'Открыть в браузере');
    this.note(
      `Excel на этом компьютере не умеет сохранять файлы из надстройки. Сохраните книгу, нажмите «Открыть в браузере» и выберите её там: «${file.name}» соберётся и скачается в браузере.`,
      'info',
      open,
    );
  }
}
