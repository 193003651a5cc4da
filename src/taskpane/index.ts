import { FileSource, loadBrowserSettings, saveBrowserSettings } from '../hosts/browser/file-source';
import { h, mount } from './dom';
import { ExcelSource } from './excel-source';
import { whenOfficeReady } from './office-ready';
import { PaneApp, PaneElements, View } from './pane-app';
import { todayLocal } from '../hosts/today';
import { WorkbookSource } from './workbook-source';

const VIEWS: View[] = ['check', 'mapping', 'letters', 'settings'];

function elements(): PaneElements {
  return {
    app: document.getElementById('app')!,
    tabs: document.getElementById('tabs')!,
    status: document.getElementById('status')!,
    progress: document.getElementById('progress') as HTMLProgressElement,
  };
}

/** The ribbon's «Письма» / «Настройки» open the pane on taskpane.html#letters / #settings. */
function viewFromHash(): View {
  const hash = window.location.hash.replace('#', '') as View;
  return VIEWS.includes(hash) ? hash : 'check';
}

/** Browser mode: an .xlsx chosen from disk, read in the page (nothing is uploaded anywhere). */
function fileChooser(onChosen: (source: WorkbookSource) => void): HTMLElement {
  const input = h('input', {
    id: 'file-input',
    type: 'file',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (file) onChosen(new FileSource(file.name, new Uint8Array(await file.arrayBuffer()), todayLocal));
  });
  return h(
    'section',
    {},
    h(
      'p',
      {},
      'Панель открыта вне Excel. Выберите книгу мониторинга (.xlsx): проверка выполнится здесь, в браузере, файл никуда не отправляется.',
    ),
    h('label', { for: 'file-input' }, 'Книга мониторинга'),
    input,
  );
}

async function boot(): Promise<void> {
  const els = elements();
  // The ribbon's messages open this page in a small dialog with ?notice=…
  const notice = new URLSearchParams(window.location.search).get('notice');
  if (notice) {
    document.querySelector('header')?.remove();
    mount(els.app, h('p', { role: 'alert' }, notice));
    return;
  }
  const host = await whenOfficeReady();
  if (host === 'excel') {
    if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) return PaneApp.oldExcel(els);
    await new PaneApp(els, new ExcelSource(todayLocal), viewFromHash(), null).start();
  } else {
    await new PaneApp(els, null, viewFromHash(), fileChooser, { load: loadBrowserSettings, save: saveBrowserSettings }).start();
  }
}

void boot();
