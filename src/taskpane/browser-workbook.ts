import { CheckSettings } from '../app/check-settings';
import { IsoDate } from '../core/model/iso-date';
import { PaneSession, unpackSession } from './pane-session';
import { Progress } from './progress';
import { FileIdentity, bookKey, loadBookSettings, saveBookSettings } from './workbook-memory';
import { OfferedFile, RulesWritten, PaneSource } from './workbook-source';
import { WorkerClient, progressProxy } from './worker/worker-client';

/**
 * Browser mode: an .xlsx chosen from disk, read, checked and written in the
 * worker (nothing is uploaded anywhere). The page keeps the bytes so a fresh
 * worker (after «Отменить») reopens the same book with the same «Правила».
 */
export class BrowserWorkbook implements PaneSource {
  readonly mode = 'browser';
  readonly title: string;
  private readonly key: string;
  private openedIn = -1;
  private rules: string | null = null;
  private lastSettings: CheckSettings | null = null;
  private checkedIn = -1;

  constructor(
    file: FileIdentity,
    private readonly bytes: Uint8Array,
    private readonly client: WorkerClient,
    private readonly today: () => IsoDate,
  ) {
    this.title = file.name;
    this.key = bookKey(file);
  }

  async loadSettings(): Promise<CheckSettings> {
    return loadBookSettings(this.key);
  }

  async saveSettings(settings: CheckSettings): Promise<void> {
    saveBookSettings(this.key, settings);
  }

  /** The book opened in the current worker (again, after a cancel). */
  private async open(): Promise<void> {
    if (this.openedIn === this.client.generation) return;
    await this.client.run((api) => api.openFile(this.title, this.bytes, this.today()));
    this.openedIn = this.client.generation;
    if (this.rules) await this.client.run((api) => api.writeRules(this.rules!));
  }

  async check(settings: CheckSettings, progress: Progress): Promise<PaneSession> {
    await this.open();
    this.lastSettings = settings;
    const session = unpackSession(await this.client.run((api) => api.checkFile(settings, progressProxy(progress))));
    this.checkedIn = this.client.generation;
    return session;
  }

  async writeRules(roadmapId: string): Promise<RulesWritten> {
    await this.open();
    const result = await this.client.run((api) => api.writeRules(roadmapId));
    if (result.written) this.rules = roadmapId;
    return result;
  }

  async write(progress: Progress): Promise<OfferedFile> {
    await this.open();
    // A cancel since the check took the worker's copy of it: check again with the same choices.
    if (this.checkedIn !== this.client.generation && this.lastSettings) await this.check(this.lastSettings, progress);
    return this.client.run((api) => api.checkedWorkbook(progressProxy(progress)));
  }
}
