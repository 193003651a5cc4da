import { CheckSettings } from '../app/check-settings';
import { CheckSession } from '../app/check-session';
import { PaneSession } from './pane-session';
import { Progress } from './progress';

/** A file the pane offers: the checked workbook, report.json, a letter. */
export interface OfferedFile {
  name: string;
  data: Uint8Array | string;
  mime: string;
}

/**
 * Where the pane's workbook comes from: the open Excel workbook (Office.js)
 * or an .xlsx file chosen in a plain browser. The views talk only to this.
 */
export interface WorkbookSource<S = CheckSession> {
  mode: 'excel' | 'browser';
  /** For headings: the workbook's file name. */
  title: string;
  loadSettings(): Promise<CheckSettings>;
  saveSettings(settings: CheckSettings): Promise<void>;
  /** The dry run: read, check, draft letters; nothing is written. */
  check(settings: CheckSettings, progress: Progress): Promise<S>;
  /** Excel: writes the last check into the workbook. Browser: builds the checked copy to download. */
  write(progress: Progress): Promise<OfferedFile | null>;
  /**
   * Puts the «Правила» sheet of a built-in plan into the workbook (in a browser: into the checked
   * copy); the next check takes its rules from it. A sheet of that name already there is kept.
   */
  writeRules(roadmapId: string): Promise<RulesWritten>;
}

/**
 * The source as the page holds it: its check runs in the worker and hands back only what the
 * pane shows (the browser's FileSource, inside the worker, returns the full session).
 */
export type PaneSource = WorkbookSource<PaneSession>;

export type RulesWritten = { written: true } | { written: false; reason: string };
