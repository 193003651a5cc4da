/**
 * The built task pane in headless Debian chromium on a region: a generated
 * 5,000-school workbook through the check, the checked workbook and all
 * 3,400 letters as .docx, with the main thread watched for long tasks the
 * whole time. Then another file, a reload, and the same book again: the
 * outgoing numbers continue. Screenshots of every view at 320 and 450 px,
 * light and dark, go to out/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import { BrowserContext, Page } from 'playwright-core';
import { makeSampleWorkbook } from '../../src/hosts/cli/samples/make-samples';
import { describeWith } from '../support/needs';
import { CHROMIUM_NEED, launchPane, recordLongTasks } from './pane-browser';
import { serveFolder } from './static-server';
import { DEPARTMENT_DETAILS } from './department-details';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output/e2e-region');
const DIST = path.join(OUT, 'dist');
const SHOTS = path.join(ROOT, 'out/screenshots');
const SCHOOLS = 5000;
const LONG_TASK_MS = 200;

const DETAILS = DEPARTMENT_DETAILS;

/** The main thread's long tasks since the page loaded, as the browser reports them. */
function longTasksSince(page: Page, since: number): Promise<number[]> {
  return page.evaluate(
    (t) => (window as unknown as { __long: [number, number][] }).__long.filter(([start]) => start >= t).map(([, d]) => d),
    since,
  );
}

const now = (page: Page) => page.evaluate(() => performance.now());
const progressStates = (page: Page) => page.evaluate(() => [...(window as unknown as { __paneProgress: string[] }).__paneProgress]);

/** Controls a screen reader would announce without a name: none may be left. */
function unlabelled(snapshot: string): string[] {
  return snapshot
    .split('\n')
    .filter((line) => /^\s*- (button|textbox|combobox|searchbox|tab|checkbox|spinbutton|listbox)\s*(\[[^\]]*\])?\s*:?\s*$/.test(line));
}

describeWith([CHROMIUM_NEED], 'task pane on a 5,000-school region (end to end)', () => {
  let context: BrowserContext;
  let server: { url: string; close(): Promise<void> };
  const books = { region: path.join(OUT, `region-${SCHOOLS}.xlsx`), small: path.join(OUT, 'district-25.xlsx') };

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    fs.mkdirSync(SHOTS, { recursive: true });
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--env', 'e2e', '--env', `out=${DIST}`],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    fs.writeFileSync(books.region, await makeSampleWorkbook(SCHOOLS));
    fs.writeFileSync(books.small, await makeSampleWorkbook(25));
    server = await serveFolder(DIST);
    context = await launchPane('pane-region-');
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    await context.addInitScript(recordLongTasks);
    // A busy machine builds slowly: the build alone may take minutes.
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('checks, writes and drafts every letter without freezing; numbers continue after a reload', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}taskpane.html`);

    // The department's details first: they are the browser's, for every book.
    await page.click('#tab-settings');
    for (const [label, value] of Object.entries(DETAILS)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.click('#save-settings');
    await page.getByText('Реквизиты сохранены в этом браузере.').waitFor();

    await page.setInputFiles('#file-input', books.region);
    await page.getByText(`Выбрана книга «region-${SCHOOLS}.xlsx»`).waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('run-check');
    const start = await now(page);

    // 1. The check.
    const figures: Record<string, number> = { schools: SCHOOLS };
    let t = Date.now();
    await page.click('#run-check');
    await page.locator('#findings').waitFor({ timeout: 300_000 });
    figures.checkMs = Date.now() - t;
    figures.checkLongestTaskMs = Math.max(0, ...(await longTasksSince(page, start)));
    const checkStates = await progressStates(page);
    expect(new Set(checkStates).size).toBeGreaterThanOrEqual(3);
    // The check counts its schools as it goes, not only its stages.
    expect(checkStates.filter((s) => /^Проверка: [\d\u00a0]+ из 5\u00a0000 школ$/.test(s)).length).toBeGreaterThanOrEqual(3);
    await expect(page.locator('#check-summary').textContent()).resolves.toMatch(/школ — 5\u00a0000, таблиц — \d+, писем — 3\u00a0400\./);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Результат проверки');
    // Thousands of schools, a few dozen rows drawn.
    const drawn = await page.locator('.vrow').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(40);
    await page.fill('#school-search', 'лицей');
    await page.waitForFunction(
      () =>
        /Показано школ: [\d\u00a0]+ из 5\u00a0000/.test(document.querySelector('#school-count')?.textContent ?? '') &&
        !/^Показано школ: 5\u00a0000/.test(document.querySelector('#school-count')?.textContent ?? ''),
    );
    await page.locator('.school-row').first().click();
    await page.locator('.school-findings li').first().waitFor();
    await expect(page.locator('.school-findings li').first().textContent()).resolves.toMatch(/^п\.\s\d+\.\d+, .+: /);
    await page.click('#back-to-schools');

    // 2. The checked workbook.
    t = Date.now();
    const [workbook] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), page.click('#download-workbook')]);
    figures.checkedWorkbookMs = Date.now() - t;
    expect(workbook.suggestedFilename()).toBe(`region-${SCHOOLS}.checked.xlsx`);
    expect(new Set(await progressStates(page)).size).toBeGreaterThanOrEqual(3);

    // 3. Every letter as .docx. First a cancel: nothing is offered, the pane says so.
    await page.click('#tab-letters');
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('#export-docx');
    await page.waitForFunction(() => /^Письма: [1-9]/.test(document.querySelector('#busy-label')?.textContent ?? ''), null, {
      timeout: 120_000,
    });
    await page.click('#busy-cancel');
    await page.getByText('Действие отменено: ничего не сохранено и не изменено.').waitFor();
    expect(downloads).toBe(0);

    const zipped = page.waitForEvent('download', { timeout: 900_000 });
    await page.click('#export-docx');
    // The export re-checks first (the cancel took the worker's check): the letters' own time runs from the first count.
    await page.waitForFunction(() => /^Письма: /.test(document.querySelector('#busy-label')?.textContent ?? ''), null, {
      timeout: 300_000,
      polling: 50,
    });
    t = Date.now();
    const zip = await zipped;
    figures.lettersMs = Date.now() - t;
    expect(zip.suggestedFilename()).toMatch(/^Письма \(\.docx\) \d{4}-\d{2}-\d{2}\.zip$/);
    const letterStates = await progressStates(page);
    expect(letterStates).toContain('Письма: 1\u00a0000 из 3\u00a0400');
    expect(new Set(letterStates.filter((s) => s.startsWith('Письма:'))).size).toBeGreaterThanOrEqual(3);
    const letters = await JSZip.loadAsync(fs.readFileSync(await zip.path()));
    expect(Object.keys(letters.files).filter((n) => n.endsWith('.docx'))).toHaveLength(3400);

    // Never frozen: no task on the page's thread over 200 ms from the first click to here.
    const long = await longTasksSince(page, start);
    figures.longestTaskMs = Math.max(0, ...long);
    figures.lettersPerSecond = Math.round((3400 / figures.lettersMs) * 1000 * 10) / 10;
    // For `npm run bench`: the pane's figures as this run measured them.
    fs.writeFileSync(path.join(OUT, 'figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    expect(figures.longestTaskMs).toBeLessThanOrEqual(LONG_TASK_MS);

    // Every control has a name.
    await page.click('#tab-check');
    const snapshot = await page.locator('body').ariaSnapshot();
    expect(snapshot).toMatch(/- tab "Проверка" \[selected\]/);
    expect(unlabelled(snapshot)).toEqual([]);

    // Screenshots of every view: 320 and 450 px, light and dark.
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const view of ['check', 'mapping', 'letters', 'settings']) {
          await page.click(`#tab-${view}`);
          await page.screenshot({ path: path.join(SHOTS, `${view}-${width}-${scheme}.png`) });
        }
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 320, height: 900 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);

    // Another book, chosen after the first: nothing of the first stays, its own date is its own.
    await page.setInputFiles('#file-input', books.small);
    await page.getByText('Выбрана книга «district-25.xlsx»').waitFor();
    await expect(page.locator('#findings').count()).resolves.toBe(0);
    await page.fill('#as-of', '2025-03-10');
    await page.click('#run-check');
    await page.locator('#findings').waitFor({ timeout: 120_000 });
    await expect(page.locator('#check-summary').textContent()).resolves.toMatch(/^На 10\.03\.2025 \(дата выбрана вами\): школ — 25,/);

    // A reload, the region again: the next letter follows the 3,400 already sent (214 + 3,400).
    await page.reload();
    await page.setInputFiles('#file-input', books.region);
    await page.getByText(`Выбрана книга «region-${SCHOOLS}.xlsx»`).waitFor();
    await expect(page.locator('#as-of').inputValue()).resolves.toBe('');
    await page.click('#run-check');
    await page.locator('#findings').waitFor({ timeout: 300_000 });
    await page.click('#tab-letters');
    await expect(page.locator('.letter-entry').first().textContent()).resolves.toMatch(/^№\s01-19\/3614 — /);
    expect(errors).toEqual([]);
  }, 1_800_000);
});
