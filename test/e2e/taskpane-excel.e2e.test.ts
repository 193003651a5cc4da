/**
 * The built task pane in headless Debian chromium as Excel hosts it, on a region: office.js is
 * replaced by a stand-in (fake-office/fake-office.ts) whose workbook is the adapter tests' fake,
 * seeded with a generated 5,000-school book. The check and the write into the workbook run with
 * the main thread watched for long tasks; what the stand-in does inside a sync is Excel's work
 * (parsing the inserted .xlsx happens in Excel, not on the page) and is told apart.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read-workbook-grids';
import { makeSampleWorkbook } from '../../src/hosts/cli/samples/make-samples';
import { describeWith, findOnPath } from '../support/needs';
import { serveFolder } from './static-server';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output/e2e-excel');
const DIST = path.join(OUT, 'dist');
const FAKE = path.join(OUT, 'fake-office');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const CHROMIUM = findOnPath('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable');
const SCHOOLS = 5000;
const LONG_TASK_MS = 200;

type Span = [number, number];

/** The pane's own long tasks since `since`: those not inside a sync of the stand-in (the host's work). */
function paneLongTasks(page: Page, since: number): Promise<Span[]> {
  return page.evaluate((t) => {
    const w = window as unknown as { __long: [number, number][]; __hostWork: [number, number][] };
    const inHost = ([start, duration]: [number, number]) => w.__hostWork.some(([from, to]) => start + duration > from && start < to);
    return w.__long.filter(([start]) => start >= t).filter((task) => !inHost(task));
  }, since);
}

const now = (page: Page) => page.evaluate(() => performance.now());
const progressStates = (page: Page) => page.evaluate(() => [...(window as unknown as { __paneProgress: string[] }).__paneProgress]);

describeWith(
  [{ what: 'chromium (chromium, chromium-browser or google-chrome on PATH)', found: CHROMIUM !== null }],
  'task pane in Excel on a 5,000-school region (end to end, office.js stand-in)',
  () => {
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
      context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'pane-excel-')), {
        executablePath: CHROMIUM!,
        viewport: { width: 320, height: 900 },
        locale: 'ru-RU',
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      });
      // office.js from the CDN is the stand-in; nothing else leaves 127.0.0.1.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${OFFICE_CDN}office.js`))
          return route.fulfill({ path: path.join(FAKE, 'office.js'), contentType: 'text/javascript' });
        return new URL(url).hostname === '127.0.0.1' ? route.continue() : route.abort();
      });
      await context.addInitScript(() => {
        const w = window as unknown as { __long: [number, number][] };
        w.__long = [];
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
      const t = Date.now();
      await page.evaluate(
        () =>
          new Promise<void>((completed) =>
            (window as unknown as { runCheck: (e: { completed: () => void }) => void }).runCheck({ completed: () => completed() }),
          ),
      );
      const ribbonMs = Date.now() - t;
      const dialogs = await page.evaluate(() => (window as unknown as { __dialogs: string[] }).__dialogs);
      const tasks = await paneLongTasks(page, start);
      console.log(
        `«Проверить» на ленте, ${SCHOOLS} школ: ${ribbonMs} мс, самая долгая задача ${Math.max(0, ...tasks.map(([, d]) => d))} мс`,
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
  },
);
