import { todayLocal } from '../hosts/today';
import { BrowserWorkbook } from './browser-workbook';
import { h } from './dom';
import { whenOfficeReady } from './office-ready';
import { PaneApp, PaneElements, VIEWS, View } from './pane-app';
import { followTheme } from './theme';
import { loadBookSettings, saveBookSettings } from './workbook-memory';
import { PaneSource } from './workbook-source';
import { WorkerClient, spawnWith } from './worker/worker-client';
import { createPaneWorker } from './worker/spawn-pane-worker';

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function elements(): PaneElements {
  return {
    app: byId('app'),
    tabs: byId('tabs'),
    status: byId('status'),
    book: byId('book'),
    busy: { region: byId('busy'), label: byId('busy-label'), bar: byId('busy-bar'), cancel: byId('busy-cancel') },
  };
}

/** The ribbon's «Письма» / «Настройки» open the pane on taskpane.html#letters / #settings. */
function viewFromHash(): View {
  const hash = window.location.hash.replace('#', '') as View;
  return VIEWS.includes(hash) ? hash : 'check';
}

/** Browser mode: an .xlsx chosen from disk, at any time, read in the worker (nothing is uploaded anywhere). */
function picker(client: WorkerClient) {
  return (onChosen: (source: PaneSource) => void): HTMLElement => {
    const input = h('input', {
      id: 'file-input',
      type: 'file',
      accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'aria-describedby': 'file-hint',
    });
    input.className = 'visually-hidden';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      if (!file) return;
      const bytes = new Uint8Array(await file.arrayBuffer());
      onChosen(new BrowserWorkbook({ name: file.name, size: file.size, lastModified: file.lastModified }, bytes, client, todayLocal));
    });
    // The browser's own «Choose File» speaks the browser's language: a Russian button stands in for it.
    return h(
      'div',
      { class: 'picker' },
      input,
      h('label', { for: 'file-input', class: 'file-button' }, 'Выбрать книгу мониторинга (.xlsx)…'),
      h('div', { class: 'hint', id: 'file-hint' }, 'Файл не покидает этот компьютер. Другую книгу можно выбрать в любой момент.'),
    );
  };
}

async function boot(): Promise<void> {
  followTheme();
  const els = elements();
  // The ribbon's messages open this page in a small dialog with ?notice=…
  const notice = new URLSearchParams(window.location.search).get('notice');
  if (notice) {
    document.querySelector('header')?.remove();
    els.tabs.remove();
    els.app.replaceChildren(h('p', { role: 'alert', class: 'notice' }, notice));
    return;
  }
  const client = new WorkerClient(spawnWith(createPaneWorker));
  const host = await whenOfficeReady();
  followTheme();
  let app: PaneApp;
  if (host === 'excel') {
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) return PaneApp.oldExcel(els);
    // Office.js adapters only in Excel: a browser never loads them.
    const { ExcelSource } = await import(/* webpackChunkName: "excel" */ './excel-source');
    app = new PaneApp(els, new ExcelSource(todayLocal, client), viewFromHash(), { client });
  } else {
    app = new PaneApp(els, null, viewFromHash(), {
      client,
      picker: picker(client),
      store: { load: () => loadBookSettings(null), save: (s) => saveBookSettings(null, s) },
    });
  }
  // The pane stays open between ribbon clicks: «Письма» and «Настройки» change the hash of the open pane.
  window.addEventListener('hashchange', () => app.go(viewFromHash()));
  await app.start();
}

void boot();
