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

// The fake counts bytes with Node's Buffer; the two calls it makes, for the browser (counted, not encoded: no garbage per action).
(globalThis as unknown as { Buffer: unknown }).Buffer = {
  byteLength: (text: string) => {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // A surrogate pair is 4 bytes: 2 + 2 here.
      bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
    }
    return bytes;
  },
  from: (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
};

interface Window {
  /** Spans of the host's work: each sync, and the fake's own bookkeeping inside each call the pane makes. */
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

/**
 * What the fake does as a call is queued (it updates its model at once and serialises each
 * action to count the request's bytes: a Set of every highlighted cell per conditional format)
 * Excel does in the host at the sync; Office.js only records the call. Every call and property
 * set the pane makes on the fake's objects is therefore timed as host work, outermost only, and
 * the test subtracts that time from the pane's tasks.
 */
let depth = 0;
function hostCall<T>(work: () => T): T {
  if (depth > 0) return work();
  depth++;
  const start = performance.now();
  try {
    return work();
  } finally {
    depth--;
    w.__hostWork.push([start, performance.now()]);
  }
}
const wrapped = new WeakMap<object, object>();
function timed<T>(target: T): T {
  // Data (loaded values, the sheet list) is handed over as it is: what the pane does with it is its own work.
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null || Array.isArray(target)) return target;
  const known = wrapped.get(target as object);
  if (known) return known as T;
  const proxy = new Proxy(target as object, {
    get: (object, property) => {
      const value = hostCall(() => Reflect.get(object, property, object));
      if (typeof value !== 'function') return timed(value);
      // The sync times itself (the wrapper above records its whole span).
      if (property === 'sync') return value.bind(object);
      return (...args: unknown[]) => timed(hostCall(() => value.apply(object, args)));
    },
    set: (object, property, value) => hostCall(() => Reflect.set(object, property, value, object)),
  });
  wrapped.set(target as object, proxy);
  return proxy as T;
}

/**
 * Collects the stand-in's garbage at once, inside its host work, rather than in whichever task of
 * the pane's the collector would pick later (chromium runs with --expose-gc); without the flag,
 * a pause the pane waits through. In Excel that garbage is in the host's process, not the page's.
 */
async function collectHostGarbage(): Promise<void> {
  const gc = (globalThis as unknown as { gc?: () => void }).gc;
  if (gc) gc();
  else await new Promise((resolve) => setTimeout(resolve, 300));
}

// The workbook as Excel has it open: seeding the fake (and collecting the JSON it came as) is the host's work.
const ready = fetch('grids.json')
  .then((r) => r.text())
  .then((text) => {
    const excel = hostCall(() => {
      const book = new FakeExcel();
      for (const g of JSON.parse(text) as Grid[])
        book.addSheet(g.sheet, g.values, {
          origin: a1(g.originRow, g.originCol),
          numberFormats: g.numberFormats,
          merges: g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
          hidden: g.hidden,
        });
      (globalThis as unknown as { gc?: () => void }).gc?.();
      return book;
    });
    const sync = excel.context.sync.bind(excel.context);
    (excel.context as unknown as { sync: () => Promise<void> }).sync = async () => {
      await macrotask();
      const start = performance.now();
      try {
        await sync();
        // The fake's parse of an inserted .xlsx leaves hundreds of MB of garbage in this page's heap.
        await collectHostGarbage();
      } finally {
        w.__hostWork.push([start, performance.now()]);
        await macrotask();
      }
    };
    w.__fakeExcel = excel;
    return { context: timed(excel.context) };
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
