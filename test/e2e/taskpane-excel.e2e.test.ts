/**
 * The built task pane in headless Debian chromium as Excel hosts it, on a region: office.js is
 * replaced by a stand-in (fake-office/fake-office.ts) whose workbook is the adapter tests' fake,
 * seeded with a generated 5,000-school book. The check and the write into the workbook run with
 * the main thread watched for long tasks; what the stand-in does is Excel's work and is told
 * apart: its syncs (parsing the inserted .xlsx happens in Excel, not on the page; so does
 * collecting the parse's garbage, forced inside the sync), and its bookkeeping as each call is
 * queued (a Set of every highlighted cell per rule, each action serialised to count bytes),
 * which made the pane's slices of 500 rules 60–100 ms, 240–280 ms on a loaded machine.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read-workbook-grids';
import { makeSampleWorkbook } from '../../src/hosts/cli/samples/make-samples';
import { describeWith } from '../support/needs';
import { CHROMIUM_NEED, launchPane } from './pane-browser';
import { serveFolder } from './static-server';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output/e2e-excel');
const DIST = path.join(OUT, 'dist');
const FAKE = path.join(OUT, 'fake-office');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const SCHOOLS = 5000;
const LONG_TASK_MS = 200;

type Span = [number, number];

/**
 * The pane's own long tasks since `since`, as [start, own ms]: each task less the stand-in's
 * host work inside it (its syncs, and its bookkeeping as calls are queued, fake-office.ts).
 */
function paneLongTasks(page: Page, since: number): Promise<Span[]> {
  return page.evaluate((t) => {
    const w = window as unknown as { __long: [number, number][]; __hostWork: [number, number][] };
    const own = ([start, duration]: [number, number]): [number, number] => {
      const end = start + duration;
      const host = w.__hostWork.reduce((sum, [from, to]) => sum + Math.max(0, Math.min(to, end) - Math.max(from, start)), 0);
      return [start, Math.max(0, Math.round(duration - host))];
    };
    return w.__long.filter(([start]) => start >= t).map(own);
  }, since);
}

/** The pane's tasks over 100 ms of its own since `since`, each with the state shown last before it: what a failure points at. */
async function describeTasks(page: Page, since: number): Promise<string[]> {
  const tasks = (await paneLongTasks(page, since)).filter(([, own]) => own > 100);
  return page.evaluate(
    ([list, t]) => {
      const stamps = (window as unknown as { __stamps: [number, string][] }).__stamps;
      return list.map(([start, own]) => {
        const before = stamps.filter(([at]) => at <= start).pop();
        return `${own} мс своих через ${Math.round(start - t)} мс, после «${before?.[1] ?? '—'}» (+${Math.round(start - (before?.[0] ?? t))} мс)`;
      });
    },
    [tasks, since] as const,
  );
}

/** E2E_TRACE=1: a chromium trace with CPU samples and GC of the page, in test-output/e2e-excel/NAME.trace.json. */
async function startTrace(page: Page) {
  if (!process.env.E2E_TRACE) return async (_name: string) => undefined;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,disabled-by-default-v8.gc,blink.user_timing,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReturnAsStream',
  });
  return async (name: string) => {
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
    await cdp.send('Tracing.end');
    const handle = await done;
    const out = fs.createWriteStream(path.join(OUT, `${name}.trace.json`));
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle, size: 1 << 20 });
      out.write(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64') : chunk.data);
      if (chunk.eof) break;
    }
    await new Promise((resolve) => out.end(resolve));
    await cdp.send('IO.close', { handle });
  };
}

const now = (page: Page) => page.evaluate(() => performance.now());
const progressStates = (page: Page) => page.evaluate(() => [...(window as unknown as { __paneProgress: string[] }).__paneProgress]);

describeWith([CHROMIUM_NEED], 'task pane in Excel on a 5,000-school region (end to end, office.js stand-in)', () => {
  let context: BrowserContext;
  let server: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    const webpack = require.resolve('webpack-cli/bin/cli.js');
    execFileSync(process.execPath, [webpack, '--mode', 'development', '--env', 'e2e', '--env', `out=${DIST}`], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    execFileSync(process.execPath, [webpack, '--config', 'test/e2e/fake-office/webpack.config.js', '--env', `out=${FAKE}`], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const read = await readWorkbookGrids(await makeSampleWorkbook(SCHOOLS), `region-${SCHOOLS}.xlsx`);
    if (!read.ok) throw new Error(read.reason);
    fs.writeFileSync(path.join(DIST, 'grids.json'), JSON.stringify(read.book.grids));
    server = await serveFolder(DIST);
    // The stand-in collects its own garbage inside its syncs (fake-office.ts).
    context = await launchPane('pane-excel-', ['--js-flags=--expose-gc']);
    // office.js from the CDN is the stand-in; nothing else leaves 127.0.0.1.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${OFFICE_CDN}office.js`))
        return route.fulfill({ path: path.join(FAKE, 'office.js'), contentType: 'text/javascript' });
      return new URL(url).hostname === '127.0.0.1' ? route.continue() : route.abort();
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __long: [number, number][]; __stamps: [number, string][] };
      w.__long = [];
      // Each state the pane shows, with its time: a long task is told by the states around it.
      w.__stamps = [];
      let seen: string[] = [];
      Object.defineProperty(window, '__paneProgress', {
        get: () => seen,
        set(list: string[]) {
          seen = list;
          const push = list.push.bind(list);
          list.push = (...items: string[]) => {
            items.forEach((item) => w.__stamps.push([performance.now(), item]));
            return push(...items);
          };
        },
      });
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push([e.startTime, e.duration]))).observe({
        type: 'longtask',
        buffered: true,
      });
    });
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('checks the open workbook and writes the result into it with no task of its own over 200 ms', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}taskpane.html`);
    // A pane that fell back to the browser mode, or failed, says why here rather than by a timeout.
    await page
      .getByText('Книга: Мониторинг региона.xlsx')
      .waitFor({ timeout: 60_000 })
      .catch((error: Error) => {
        throw new Error(`${error.message}\n${errors.join('\n')}`);
      });
    const start = await now(page);
    const stopTrace = await startTrace(page);
    const figures: Record<string, number> = { schools: SCHOOLS };

    let t = Date.now();
    await page.click('#run-check');
    await page.locator('#findings').waitFor({ timeout: 300_000 });
    figures.checkMs = Date.now() - t;
    await expect(page.locator('#check-summary').textContent()).resolves.toMatch(/школ — 5\u00a0000/);
    const checkTasks = await paneLongTasks(page, start);
    figures.checkLongestTaskMs = Math.max(0, ...checkTasks.map(([, d]) => d));
    // Nothing written by the dry run.
    await expect(
      page.evaluate(() => (window as unknown as { __fakeExcel: { sheets: unknown[] } }).__fakeExcel.sheets.length),
    ).resolves.toBe(5);

    const writeStart = await now(page);
    t = Date.now();
    await page.click('#write-workbook');
    await page.getByText('Книга обновлена: подсветка, «Сводка»').waitFor({ timeout: 300_000 });
    figures.writeMs = Date.now() - t;
    const writeTasks = await paneLongTasks(page, writeStart);
    figures.writeLongestTaskMs = Math.max(0, ...writeTasks.map(([, d]) => d));
    const states = await progressStates(page);
    await stopTrace('pane');
    console.log(`задачи панели дольше 100 мс: ${(await describeTasks(page, start)).join('; ') || 'нет'}`);
    console.log(`Панель в Excel (подмена office.js): ${JSON.stringify(figures)}; шаги записи: ${states.join(' | ')}`);

    const written = await page.evaluate(() => {
      const excel = (
        window as unknown as { __fakeExcel: { sheets: { name: string; conditionalFormats: unknown[] }[]; activeSheet: string } }
      ).__fakeExcel;
      return {
        names: excel.sheets.map((s) => s.name),
        rules: excel.sheets.reduce((n, s) => n + s.conditionalFormats.length, 0),
        active: excel.activeSheet,
      };
    });
    expect(written.names.slice(-4)).toEqual(['Сводка', 'Нарушения', 'Календарь контроля', 'Реестр писем']);
    expect(written.rules).toBeGreaterThan(0);
    expect(written.active).toBe('Сводка');
    expect(states.some((s) => /^Подсветка: [\d\u00a0]+ из [\d\u00a0]+ правил/.test(s))).toBe(true);
    expect(new Set(states).size).toBeGreaterThanOrEqual(3);
    expect(checkTasks.filter(([, d]) => d > LONG_TASK_MS)).toEqual([]);
    expect(writeTasks.filter(([, d]) => d > LONG_TASK_MS)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the ribbon’s «Проверить» checks in the function file’s worker: the short result, no long task of its own', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}commands.html`);
    await page.waitForFunction(() => typeof (window as unknown as { runCheck?: unknown }).runCheck === 'function');
    const start = await now(page);
    const stopTrace = await startTrace(page);
    const t = Date.now();
    await page.evaluate(
      () =>
        new Promise<void>((completed) =>
          (window as unknown as { runCheck: (e: { completed: () => void }) => void }).runCheck({ completed: () => completed() }),
        ),
    );
    const ribbonMs = Date.now() - t;
    await stopTrace('ribbon');
    const dialogs = await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs);
    const tasks = await paneLongTasks(page, start);
    console.log(
      `«Проверить» на ленте, ${SCHOOLS} школ: ${ribbonMs} мс, самая долгая задача ${Math.max(0, ...tasks.map(([, d]) => d))} мс; дольше 100 мс: ${(await describeTasks(page, start)).join('; ') || 'нет'}`,
    );
    expect(dialogs.map((u) => new URL(u).searchParams.get('notice'))).toEqual([
      expect.stringMatching(/^Проверка выполнена: школ — 5\u00a0000, замечаний — [\d\u00a0]+, писем к отправке — [\d\u00a0]+\./),
    ]);
    const names = await page.evaluate(() =>
      (window as unknown as { __fakeExcel: { sheets: { name: string }[] } }).__fakeExcel.sheets.map((s) => s.name),
    );
    expect(names.slice(-4)).toEqual(['Сводка', 'Нарушения', 'Календарь контроля', 'Реестр писем']);
    // Checked on the function file's own thread, 5,000 schools would be one task of seconds.
    expect(tasks.filter(([, d]) => d > LONG_TASK_MS)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
