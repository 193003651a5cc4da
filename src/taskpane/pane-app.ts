import { CheckSession, sessionReport } from '../app/check-session';
import { CheckSettings, DEFAULT_SETTINGS } from '../app/check-settings';
import { REPORT_FILE } from '../app/output-names';
import { OLD_EXCEL_MESSAGE } from '../commands/ribbon-commands';
import { LetterModel } from '../core/letters/letter-model';
import { Diagnostic } from '../core/model/diagnostic';
import { h, mount } from './dom';
import { MIME, canDownload, mimeOf, openInBrowser, saveFile } from './downloads';
import { plainError } from './plain-error';
import { progressBar } from './progress';
import { checkView } from './views/check-view';
import { LetterFormat, lettersView } from './views/letters-view';
import { mappingView } from './views/mapping-view';
import { settingsView, validateLetters } from './views/settings-view';
import { OfferedFile, WorkbookSource } from './workbook-source';

export type View = 'check' | 'mapping' | 'letters' | 'settings';
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
  progress: HTMLProgressElement;
}

/** The pane's state and its four views; the same in Excel and in a plain browser. */
export class PaneApp {
  private settings: CheckSettings = { ...DEFAULT_SETTINGS };
  private session: CheckSession | null = null;
  private settingsErrors: Diagnostic[] = [];
  private busy = false;

  constructor(
    private readonly els: PaneElements,
    private source: WorkbookSource | null,
    private view: View,
    /** Browser mode: the file chooser shown until a workbook is chosen. */
    private readonly chooser: ((onChosen: (source: WorkbookSource) => void) => HTMLElement) | null,
    /** Browser mode: where settings go before a workbook is chosen (the settings view works first). */
    private readonly store: { load(): CheckSettings; save(settings: CheckSettings): void } | null = null,
  ) {}

  async start(): Promise<void> {
    if (this.source) await this.guard(async () => void (this.settings = await this.source!.loadSettings()));
    else if (this.store) this.settings = this.store.load();
    this.render();
    // Opened from the ribbon's «Письма» in Excel: the letters need a check, and a dry run writes nothing.
    if (this.source?.mode === 'excel' && (this.view === 'letters' || this.view === 'mapping')) await this.run(this.settings);
  }

  static oldExcel(els: PaneElements): void {
    mount(els.app, h('p', { class: 'error', role: 'alert' }, OLD_EXCEL_MESSAGE));
  }

  private say(text: string, kind: 'info' | 'error' = 'info', extra: HTMLElement | null = null): void {
    mount(this.els.status, text ? h('p', { class: kind, role: kind === 'error' ? 'alert' : 'status' }, text, extra) : null);
  }

  /** Runs one user action: progress, then a plain sentence on failure; never an exception in the user's face. */
  private async guard(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await action();
    } catch (error) {
      this.say(plainError(error), 'error');
    } finally {
      this.busy = false;
      this.els.progress.hidden = true;
    }
  }

  private bar() {
    return progressBar(this.els.progress, (t) => this.say(t));
  }

  render(): void {
    mount(
      this.els.tabs,
      TABS.map(([view, label]) =>
        h('button', { 'aria-current': view === this.view ? 'page' : 'false', 'data-view': view, onclick: () => this.go(view) }, label),
      ),
    );
    const heading = this.source ? h('p', { class: 'muted' }, `Книга: ${this.source.title}`) : null;
    mount(this.els.app, heading, this.viewElements());
  }

  private go(view: View): void {
    this.view = view;
    this.render();
  }

  private viewElements(): HTMLElement[] {
    if (!this.source && this.chooser && this.view !== 'settings') {
      return [this.chooser((source) => this.choose(source))];
    }
    switch (this.view) {
      case 'mapping':
        return mappingView(this.settings, this.session, (mapping) => this.saveAndRerun({ ...this.settings, mapping }));
      case 'letters':
        return lettersView(this.session, { exportAll: (f) => this.exportAll(f), exportOne: (l, f) => this.exportOne(l, f) });
      case 'settings':
        return settingsView(
          this.settings,
          (next) => this.saveSettings(next),
          this.settingsErrors,
          this.source ? (id) => this.writeRules(id) : null,
        );
      default:
        return checkView(this.settings, this.session, this.source?.mode ?? 'browser', {
          run: (s) => this.run(s),
          write: () => this.write(),
          report: () => this.downloadReport(),
        });
    }
  }

  private choose(source: WorkbookSource): void {
    this.source = source;
    this.session = null;
    void this.start().then(() => this.say(`Выбрана книга «${source.title}». Нажмите «Проверить».`));
  }

  private run(settings: CheckSettings): Promise<void> {
    return this.guard(async () => {
      const bar = this.bar();
      this.settings = settings;
      await this.source!.saveSettings(settings);
      this.session = await this.source!.check(settings, bar.report);
      const { result, letters } = this.session;
      this.say(
        result.checked
          ? `Проверка выполнена: писем — ${letters.length}. Книга не изменена.`
          : 'Таблицы мониторинга не найдены: проверьте, что в книге есть список школ с показателями.',
        result.checked ? 'info' : 'error',
      );
      this.render();
    });
  }

  private async saveAndRerun(settings: CheckSettings): Promise<void> {
    await this.run(settings);
    this.go('mapping');
  }

  private saveSettings(next: CheckSettings): Promise<void> {
    return this.guard(async () => {
      this.settingsErrors = validateLetters(next);
      if (this.settingsErrors.length > 0) {
        this.say('Настройки не сохранены: исправьте отмеченные поля.', 'error');
      } else {
        this.settings = next;
        if (this.source) await this.source.saveSettings(next);
        else this.store?.save(next);
        // Letters of the last check are re-drafted with the new details before the pane says it is done.
        if (this.session && this.source) this.session = await this.source.check(next, this.bar().report);
        this.say(this.source?.mode === 'excel' ? 'Настройки сохранены в книге.' : 'Настройки сохранены в этом браузере.');
      }
      this.render();
    });
  }

  private writeRules(roadmapId: string): Promise<void> {
    return this.guard(async () => {
      const result = await this.source!.writeRules(roadmapId);
      if (!result.written) {
        this.say(result.reason);
        return;
      }
      this.say(
        this.source!.mode === 'excel'
          ? 'Лист «Правила» добавлен в книгу: измените на нём сроки и пороги, следующая проверка возьмёт правила с него.'
          : 'Лист «Правила» добавлен в проверяемую книгу: следующая проверка возьмёт правила с него, а скачанная проверенная книга будет содержать этот лист.',
      );
      this.session = null;
      this.render();
    });
  }

  private write(): Promise<void> {
    return this.guard(async () => {
      const file = await this.source!.write(this.bar().report);
      if (file) this.offer(file);
      else this.say('Книга обновлена: подсветка, «Сводка», «Нарушения», «Календарь контроля» и «Реестр писем».');
    });
  }

  private downloadReport(): void {
    if (!this.session) return;
    const report = sessionReport(this.session);
    this.offer({ name: REPORT_FILE, data: `${JSON.stringify(report, null, 2)}\n`, mime: MIME.json });
  }

  private exportAll(format: LetterFormat): Promise<void> {
    return this.guard(async () => {
      const bar = this.bar();
      await bar.report(`Подготовка писем (${format === 'pdf' ? 'PDF' : '.docx'})…`, 0.1);
      const { renderLetters } = await import(/* webpackChunkName: "letters" */ '../adapters/letters/render-letters');
      const rendered = await renderLetters(this.session!.letters, { formats: [format], combined: true, zip: true });
      const zip = rendered.files.find((f) => f.path.endsWith('.zip'));
      if (!zip) throw new Error(rendered.diagnostics[0]?.message ?? 'Письма не удалось собрать.');
      this.offer({ name: zip.path.split('/').pop()!, data: zip.data, mime: MIME.zip });
    });
  }

  private exportOne(letter: LetterModel, format: LetterFormat): Promise<void> {
    return this.guard(async () => {
      await this.bar().report(`Письмо для ${letter.school}…`, 0.3);
      const { renderLetters } = await import(/* webpackChunkName: "letters" */ '../adapters/letters/render-letters');
      const rendered = await renderLetters([letter], { formats: [format] });
      const file = rendered.files[0];
      if (!file) throw new Error(rendered.diagnostics[0]?.message ?? 'Письмо не удалось собрать.');
      this.offer({ name: file.path.split('/').pop()!, data: file.data, mime: mimeOf(file.path) });
    });
  }

  /** A download where the host can; elsewhere the same pane in the system browser. */
  private offer(file: OfferedFile): void {
    if (canDownload(file.name)) {
      saveFile(file);
      this.say(`Файл «${file.name}» сохранён в папку загрузок.`);
      return;
    }
    const open = h('button', { class: 'secondary', onclick: () => openInBrowser() }, 'Открыть в браузере');
    this.say(
      `Excel на этом компьютере не умеет сохранять файлы из надстройки. Сохраните книгу, нажмите «Открыть в браузере» и выберите её там: «${file.name}» соберётся и скачается в браузере.`,
      'info',
      open,
    );
  }
}
