import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';
import { findOnPath } from '../support/needs';

/** Debian's chromium (or a Chrome on PATH): the end-to-end tests never download a browser. */
export const CHROMIUM = findOnPath('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable');

/** What `describeWith` needs to skip the pane's end-to-end tests, saying why, where there is no browser. */
export const CHROMIUM_NEED = { what: 'chromium (chromium, chromium-browser or google-chrome on PATH)', found: CHROMIUM !== null };

/**
 * Headless chromium as a task pane: the narrowest width Excel opens, Russian, a fresh profile every
 * run (no cached office.js, no settings stored by an earlier run), nothing of the browser's own
 * traffic. `extraArgs` for what one test needs beyond that (e.g. `--js-flags=--expose-gc`).
 */
export function launchPane(profilePrefix: string, extraArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), profilePrefix)), {
    executablePath: CHROMIUM!,
    acceptDownloads: true,
    viewport: { width: 320, height: 900 },
    locale: 'ru-RU',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * An init script: every main-thread long task (start, duration) into `window.__long`, from the
 * page's first moment (`buffered`), for the tests that assert the pane never freezes.
 */
export function recordLongTasks(): void {
  const w = window as unknown as { __long: [number, number][] };
  w.__long = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push([e.startTime, e.duration]))).observe({
    type: 'longtask',
    buffered: true,
  });
}
