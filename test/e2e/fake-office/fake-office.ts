/**
 * A stand-in for office.js in the browser, for the pane's Excel path end to end: Office.onReady
 * says Excel, Excel.run hands out the same fake workbook the adapter tests use
 * (test/adapters/office/fake-excel.ts), seeded from the grids the test serves as JSON. What
 * the fake does at a sync is the host's work (Excel parses the inserted file, not the page):
 * each sync runs in tasks of its own, recorded in window.__hostWork, so the test can tell the
 * pane's long tasks from the fake's.
 */
import { Grid, a1 } from '../../../src/core/model/grid';
import { FakeExcel } from '../../adapters/office/fake-excel';

// The fake counts bytes with Node's Buffer; the two calls it makes, for the browser.
const encoder = new TextEncoder();
(globalThis as unknown as { Buffer: unknown }).Buffer = {
  byteLength: (text: string) => encoder.encode(text).length,
  from: (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
};

interface Window {
  __hostWork: [number, number][];
  /** What the ribbon's commands showed in their small dialog (the message is the URL's `notice`). */
  __dialogs: string[];
  __fakeExcel: FakeExcel;
  Office: unknown;
  Excel: unknown;
}
const w = window as unknown as Window;
w.__hostWork = [];
w.__dialogs = [];

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

const ready = fetch('grids.json')
  .then((r) => r.json() as Promise<Grid[]>)
  .then((grids) => {
    const excel = new FakeExcel();
    for (const g of grids)
      excel.addSheet(g.sheet, g.values, {
        origin: a1(g.originRow, g.originCol),
        numberFormats: g.numberFormats,
        merges: g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
        hidden: g.hidden,
      });
    const sync = excel.context.sync.bind(excel.context);
    (excel.context as unknown as { sync: () => Promise<void> }).sync = async () => {
      await macrotask();
      const start = performance.now();
      try {
        await sync();
        // The fake's parse of an inserted .xlsx leaves hundreds of MB of garbage in this page's heap (in
        // Excel it is the host's): the pause to collect it is the host's too. The pane waits on the sync meanwhile.
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        w.__hostWork.push([start, performance.now()]);
        await macrotask();
      }
    };
    w.__fakeExcel = excel;
    return excel;
  });

w.Office = {
  HostType: { Excel: 'Excel' },
  EventType: {},
  // Ready at once, as office.js in Excel is; the workbook itself is there by the first Excel.run.
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    document: { url: 'https://uo.example.ru/Мониторинг региона.xlsx' },
    requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 13 },
    officeTheme: null,
    ui: { displayDialogAsync: (url: string) => w.__dialogs.push(url) },
  },
  // The function file registers its handlers here; the test calls them as the ribbon would (window.runCheck).
  actions: { associate: () => undefined },
};
w.Excel = { run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch((await ready).context) };
