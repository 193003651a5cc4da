import { serialize } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { CheckSession } from '../../src/app/check-session';
import { packSession } from '../../src/taskpane/pane-session';
import { ExcelSource } from '../../src/taskpane/excel-source';
import { paneView } from '../../src/taskpane/worker/pane-view';
import { PaneWorkerApi } from '../../src/taskpane/worker/pane-worker-api';
import { WorkerApi, WorkerClient } from '../../src/taskpane/worker/worker-client';
import { FakeExcel } from '../adapters/office/fake-excel';
import { sampleInFake } from '../commands/ribbon-fixtures';

const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
const SCHOOLS = 5000;

interface Crossing {
  method: string;
  bytes: number;
  cloneMs: number;
  /** The arguments the page posts (the grids it read): measured the same way. */
  args: { bytes: number; cloneMs: number };
}

/** Structured-clone size (v8's serializer is postMessage's) and the time one clone takes on the sending side. */
function measure(value: unknown): { bytes: number; cloneMs: number } {
  const bytes = serialize(value).length;
  const start = performance.now();
  structuredClone(value);
  return { bytes, cloneMs: performance.now() - start };
}

/** The worker in process, every result measured and copied as it would cross to the page. */
function measuredWorker(): { client: WorkerClient; crossings: Crossing[]; api: () => PaneWorkerApi } {
  const crossings: Crossing[] = [];
  let api: PaneWorkerApi | null = null;
  const client = new WorkerClient(() => {
    const target = (api = new PaneWorkerApi());
    const crossing = new Proxy(target, {
      get: (t, name) => {
        const method = (t as unknown as Record<string | symbol, unknown>)[name];
        if (typeof method !== 'function') return method;
        return async (...args: unknown[]) => {
          const posted = measure(args.filter((a) => typeof a !== 'function'));
          const result = await method.apply(
            t,
            args.map((a) => (typeof a === 'function' ? a : structuredClone(a))),
          );
          crossings.push({ method: String(name), ...measure(result), args: posted });
          return structuredClone(result);
        };
      },
    });
    return { api: crossing as WorkerApi, terminate: () => undefined };
  });
  return { client, crossings, api: () => api! };
}

function inExcel(excel: FakeExcel, client: WorkerClient): ExcelSource {
  g.Excel = { run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => batch(excel.context) };
  g.Office = { context: { document: { url: 'мониторинг.xlsx' }, requirements: { isSetSupported: () => true } } };
  return new ExcelSource(() => '2025-03-05', client);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

describe(`the pane’s write into Excel at ${SCHOOLS} schools`, () => {
  afterEach(() => {
    delete g.Excel;
    delete g.Office;
  });

  it('posts the page a compact prepared write instead of the whole plan, and the page writes it in requests under 5 MB', async () => {
    const excel = await sampleInFake(SCHOOLS);
    const worker = measuredWorker();
    const labels: string[] = [];
    await inExcel(excel, worker.client).write(async (label) => void labels.push(label));

    // Before: what the worker used to post, the whole plan and the pane's view.
    const session = (worker.api() as unknown as { session: CheckSession }).session;
    const before = measure({ plan: session.result.books[0].plan, view: packSession(paneView(session)) });
    const after = worker.crossings.find((c) => c.method === 'excelWrite')!;
    const parts = worker.crossings.filter((c) => c.method === 'addGridPart');
    const slowest = Math.max(...parts.map((p) => p.args.cloneMs));
    console.log(
      `Запись в Excel, ${SCHOOLS} школ: сообщение странице было ${mb(before.bytes)} МБ / ${before.cloneMs.toFixed(0)} мс, ` +
        `стало ${mb(after.bytes)} МБ / ${after.cloneMs.toFixed(0)} мс; ` +
        `прочитанные листы в поток: частей — ${parts.length}, ${mb(sum(parts.map((p) => p.args.bytes)))} МБ, ` +
        `самая долгая копия ${slowest.toFixed(0)} мс`,
    );
    // The grids go to the worker in slices, none of them a long task on the page.
    expect(parts.length).toBeGreaterThan(5);
    expect(slowest).toBeLessThan(100);
    expect(after.bytes).toBeLessThan(before.bytes / 4);
    expect(after.cloneMs).toBeLessThan(100);

    // The stored settings, the book read in two syncs, then the write in one request under 5 MB: the .xlsx
    // (~3 MB) and the rules beside it (a live rule per column of short cells, not one per area: they were
    // 3,675 rules and two requests) fit one request's budget.
    expect(excel.syncs).toBe(4);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(excel.bytesByAction.get('insertWorksheetsFromBase64')).toBeGreaterThan(0);
    expect(excel.sheets.map((s) => s.name).slice(-4)).toEqual(['Сводка', 'Нарушения', 'Календарь контроля', 'Реестр писем']);
    expect(excel.highlighted('ФГИС МШ').size).toBeGreaterThan(0);
    expect(excel.activeSheet).toBe('Сводка');
    // Counts while it writes, not one label for the whole step.
    expect(labels.some((l) => /^Подсветка: [\d\u00a0]+ из [\d\u00a0]+ правил/.test(l))).toBe(true);
    expect(labels.some((l) => /^Подготовка записи: листов — \d+, строк — [\d\u00a0]+/.test(l))).toBe(true);
  });

  it('a host that refuses the inserted .xlsx gets the same write prepared again cell by cell, nothing doubled', async () => {
    const excel = await sampleInFake(SCHOOLS);
    excel.refuseInserts = true;
    const worker = measuredWorker();
    await inExcel(excel, worker.client).write(async () => undefined);
    expect(worker.crossings.map((c) => c.method).filter((m) => m.startsWith('excel'))).toEqual(['excelWrite', 'excelDirectWrite']);
    expect(excel.bytesByAction.has('insertWorksheetsFromBase64')).toBe(false);
    expect(excel.sheets.map((s) => s.name).slice(-4)).toEqual(['Сводка', 'Нарушения', 'Календарь контроля', 'Реестр писем']);
    expect(excel.highlighted('ФГИС МШ').size).toBeGreaterThan(0);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(5 * 1024 * 1024);
  });
});
