/**
 * The built task pane in headless Debian chromium, standalone (no Office):
 * choose the bundled sample, run the check, see the findings, download the
 * checked workbook and a letter, and reopen the workbook to read its «Сводка».
 * Nothing leaves 127.0.0.1: office.js from Microsoft's CDN is refused, which is
 * exactly the offline case the pane must survive. A second page gets the real
 * office.js instead, the one @microsoft/office-js ships, from the test's own
 * server: the pane must work beside the library as a browser outside Office loads it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { BrowserContext } from 'playwright-core';
import { describeWith } from '../support/needs';
import { CHROMIUM_NEED, launchPane } from './pane-browser';
import { serveFolder } from './static-server';
import { DEPARTMENT_DETAILS } from './department-details';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output/e2e');
const DIST = path.join(OUT, 'dist');
const SAMPLE = path.join(ROOT, 'assets/samples/monitoring-2025-03-03.xlsx');
const OFFICE_JS = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

jest.setTimeout(120_000);

describeWith([CHROMIUM_NEED], 'task pane in a plain browser (end to end)', () => {
  let context: BrowserContext;
  let server: { url: string; close(): Promise<void> };
  const blocked: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    // The same webpack config as `npm run build`, unminified for speed, into the test's own folder.
    execFileSync(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--env', 'e2e', '--env', `out=${DIST}`],
      {
        cwd: ROOT,
        stdio: 'pipe',
      },
    );
    server = await serveFolder(DIST, { 'office-js': OFFICE_JS });
    context = await launchPane('pane-e2e-');
    // A busy machine builds slowly: the build alone may take minutes.
  }, 600_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('checks the sample, shows the findings and offers the checked workbook and a letter', async () => {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${server.url}taskpane.html`);
    await page.setInputFiles('#file-input', SAMPLE);
    await page.getByText('Выбрана книга «monitoring-2025-03-03.xlsx»').waitFor();
    await page.click('#run-check');
    const findings = page.locator('#findings');
    await findings.waitFor({ timeout: 60_000 });
    await expect(findings.textContent()).resolves.toMatch(/На 03\.03\.2025 \(дата из книги\)/);
    const letterCount = Number(/писем — (\d+)/.exec((await page.locator('#check-summary').textContent()) ?? '')?.[1]);
    expect(letterCount).toBeGreaterThan(0);
    // A bar per roadmap item, each naming its item.
    await expect(findings.locator('.bars li').first().textContent()).resolves.toMatch(/^п\.\s\d+\.\d+/);
    await expect(findings.locator('.school-row').count()).resolves.toBeGreaterThan(0);

    await page.screenshot({ path: path.join(OUT, 'taskpane-findings.png') });
    // Usable at 320 px: nothing pushes the page sideways.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);

    const [reportDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
    const report = JSON.parse(fs.readFileSync(await reportDownload.path(), 'utf8'));
    expect(report).toMatchObject({ asOf: '2025-03-03', roadmap: 'municipal-2025' });
    expect(report.letters.length).toBe(letterCount);

    const [workbookDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-workbook')]);
    expect(workbookDownload.suggestedFilename()).toBe('monitoring-2025-03-03.checked.xlsx');
    const checkedPath = path.join(OUT, workbookDownload.suggestedFilename());
    await workbookDownload.saveAs(checkedPath);

    await page.click('#tab-letters');
    await page.locator('.letter-entry').first().click();
    await expect(page.locator('.letter').textContent()).resolves.toMatch(/О предоставлении объяснений/);
    const [letterDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.download-letter').click()]);
    expect(letterDownload.suggestedFilename()).toMatch(/_запрос_\d{4}-\d{2}-\d{2}\.docx$/);
    const letterPath = path.join(OUT, letterDownload.suggestedFilename());
    await letterDownload.saveAs(letterPath);
    expect(fs.readFileSync(letterPath).subarray(0, 2).toString('latin1')).toBe('PK');

    await page.screenshot({ path: path.join(OUT, 'taskpane-letters.png'), fullPage: true });

    // Letter settings: an incomplete form is refused in plain Russian, a complete one is used at once.
    await page.click('#tab-settings');
    await page.click('#save-settings');
    // The error stands beside its field, tied to it, and names it by its label.
    const name = page.getByLabel('Орган управления образованием', { exact: true });
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby'))!;
    await expect(page.locator(`#${describedBy}`).textContent()).resolves.toBe('Заполните поле «Орган управления образованием».');
    // Focus went to the first field to fix.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).resolves.toBe('true');
    const fill = DEPARTMENT_DETAILS;
    for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
    // An outgoing number no journal has (1e21, 2^53, a fraction, below 1) is refused beside its field and stays as typed.
    const next = page.getByLabel('Следующий исходящий номер', { exact: true });
    for (const [typed, words] of [
      ['1e21', 'не больше 999\u00a0999\u00a0999'],
      ['9007199254740992', 'не больше 999\u00a0999\u00a0999'],
      ['-3', 'не меньше 1'],
      ['214.5', 'целым'],
    ]) {
      await next.fill(typed);
      await page.click('#save-settings');
      // Each refusal re-draws the form: wait for this one's message, then check it is the field's own.
      const error = page.locator('.field-error', { hasText: words });
      await error.waitFor();
      await expect(next.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(next.getAttribute('aria-describedby')).resolves.toBe(await error.getAttribute('id'));
      await expect(next.inputValue()).resolves.not.toBe('1');
    }
    await next.fill(fill['Следующий исходящий номер']);
    await page.click('#save-settings');
    await page.getByText('Реквизиты сохранены в этом браузере.').waitFor();
    await expect(next.getAttribute('aria-invalid')).resolves.toBe('false');
    await page.click('#tab-letters');
    await expect(page.locator('.letter-entry').first().textContent()).resolves.toMatch(/^№\s01-19\/214 — /);

    // A column fix is saved and the check re-runs with it.
    await page.click('#tab-mapping');
    const firstColumn = page.locator('.mapping select').first();
    const column = await firstColumn.getAttribute('data-column');
    await firstColumn.selectOption('');
    await page.getByText('Столбец исправлен, проверка выполнена заново.').waitFor();
    // Focus is back on the column just changed.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-column'))).resolves.toBe(column);
    // The fix belongs to this file only.
    const stored = await page.evaluate(() =>
      Object.keys(window.localStorage)
        .filter((k) => k.startsWith('roadmap-control.book:monitoring-2025-03-03.xlsx|'))
        .map((k) => JSON.parse(window.localStorage.getItem(k)!)),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].mapping).toEqual([expect.objectContaining({ measure: null })]);
    expect(column).toContain(stored[0].mapping[0].sheet);
    // A file that is not a workbook: the pane says why and keeps the picker for another one.
    await page.setInputFiles('#file-input', {
      name: 'отчёт.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('не книга'),
    });
    await page.getByText('Выбрана книга «отчёт.xlsx»').waitFor();
    await page.click('#run-check');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/^Файл «отчёт\.xlsx» не удалось прочитать/);
    await expect(page.locator('#download-workbook').count()).resolves.toBe(0);
    await page.setInputFiles('#file-input', SAMPLE);
    await page.getByText('Выбрана книга «monitoring-2025-03-03.xlsx»').waitFor();
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    // office.js was asked for and refused; the pane worked without it.
    expect(blocked.some((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);

    const checked = new Workbook();
    await checked.xlsx.readFile(checkedPath);
    const summary = checked.getWorksheet('Сводка');
    expect(summary).toBeDefined();
    const texts: string[] = [];
    summary!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text ?? ''))));
    expect(texts.join(' ')).toMatch(/03\.03\.2025/);
    expect(texts.some((t) => /СОШ/.test(t))).toBe(true);
  });

  it('works beside the real office.js, loaded offline from @microsoft/office-js', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    const served: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The CDN's office.js and what it loads next (its strings) come from the package, through the test server.
    await page.route(`${OFFICE_CDN}**`, async (route) => {
      const rest = route.request().url().slice(OFFICE_CDN.length);
      const response = await route.fetch({ url: `${server.url}office-js/${rest}` });
      if (response.ok()) served.push(rest);
      await route.fulfill({ response });
    });
    await page.goto(`${server.url}taskpane.html`);
    await expect(page.evaluate(() => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady)).resolves.toBe(
      'function',
    );
    await page.setInputFiles('#file-input', SAMPLE);
    await page.click('#run-check');
    const findings = page.locator('#findings');
    await findings.waitFor({ timeout: 60_000 });
    await expect(findings.textContent()).resolves.toMatch(/На 03\.03\.2025 \(дата из книги\)/);
    await expect(findings.locator('.school-row').count()).resolves.toBeGreaterThan(0);
    expect(served).toContain('office.js');
    expect(errors).toEqual([]);
    await page.close();
  });
});
