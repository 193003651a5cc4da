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
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { BrowserContext, chromium } from 'playwright-core';
import { describeWith, findOnPath } from '../support/needs';
import { serveFolder } from './static-server';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output/e2e');
const DIST = path.join(OUT, 'dist');
const SAMPLE = path.join(ROOT, 'assets/samples/monitoring-2025-03-03.xlsx');
const OFFICE_JS = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const CHROMIUM = findOnPath('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable');

jest.setTimeout(120_000);

describeWith(
  [{ what: 'chromium (chromium, chromium-browser or google-chrome on PATH)', found: CHROMIUM !== null }],
  'task pane in a plain browser (end to end)',
  () => {
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
      // A fresh profile every run: no cached office.js, no stored settings from an earlier run.
      context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'pane-e2e-')), {
        executablePath: CHROMIUM!,
        acceptDownloads: true,
        // The narrowest task pane Excel opens.
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
        ],
      });
    });

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
      await expect(findings.textContent()).resolves.toMatch(/На 03\.03\.2025 \(найдена в книге\)/);
      await expect(findings.locator('.school').count()).resolves.toBeGreaterThan(0);
      await expect(findings.textContent()).resolves.toMatch(/п\. 3\.2: /);

      await page.screenshot({ path: path.join(OUT, 'taskpane-findings.png') });
      // Usable at 320 px: nothing pushes the page sideways.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);

      const [reportDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-report')]);
      const report = JSON.parse(fs.readFileSync(await reportDownload.path(), 'utf8'));
      expect(report).toMatchObject({ asOf: '2025-03-03', roadmap: 'municipal-2025' });
      expect(report.letters.length).toBe(await findings.locator('.school').count());

      const [workbookDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-workbook')]);
      expect(workbookDownload.suggestedFilename()).toBe('monitoring-2025-03-03.checked.xlsx');
      const checkedPath = path.join(OUT, workbookDownload.suggestedFilename());
      await workbookDownload.saveAs(checkedPath);

      await page.click('nav button[data-view="letters"]');
      const firstLetter = page.locator('details.letter-entry').first();
      await firstLetter.locator('summary').click();
      await expect(firstLetter.locator('.letter').textContent()).resolves.toMatch(/О предоставлении объяснений/);
      const [letterDownload] = await Promise.all([page.waitForEvent('download'), firstLetter.locator('.download-letter').click()]);
      expect(letterDownload.suggestedFilename()).toMatch(/_запрос_\d{4}-\d{2}-\d{2}\.docx$/);
      const letterPath = path.join(OUT, letterDownload.suggestedFilename());
      await letterDownload.saveAs(letterPath);
      expect(fs.readFileSync(letterPath).subarray(0, 2).toString('latin1')).toBe('PK');

      await page.screenshot({ path: path.join(OUT, 'taskpane-letters.png'), fullPage: true });

      // Letter settings: an incomplete form is refused in plain Russian, a complete one is used at once.
      await page.click('nav button[data-view="settings"]');
      await page.click('#save-settings');
      await expect(page.locator('ul.diagnostics').textContent()).resolves.toMatch(/Не указано: название органа управления образованием/);
      const fill: Record<string, string> = {
        'Орган управления образованием': 'Управление образования администрации Энского муниципального округа',
        'Почтовый адрес': 'ул. Советская, д. 12, г. Энск, 653000',
        Телефон: '+7 (38452) 2-14-37',
        'Электронная почта': 'uo@ensk-edu.ru',
        'Должность подписывающего': 'Начальник управления образования',
        'Подписывающий (И.О. Фамилия)': 'Н.В. Соколова',
        Исполнитель: 'Кравцова Юлия Андреевна',
        'Телефон исполнителя': '+7 (38452) 2-15-08',
        'Префикс исходящего номера (например, 01-19/)': '01-19/',
        'Следующий исходящий номер': '214',
      };
      for (const [label, value] of Object.entries(fill)) await page.getByLabel(label, { exact: true }).fill(value);
      await page.click('#save-settings');
      await page.getByText('Настройки сохранены в этом браузере.').waitFor();
      await page.click('nav button[data-view="letters"]');
      await expect(page.locator('details.letter-entry summary').first().textContent()).resolves.toMatch(/^№ 01-19\/214 — /);

      // A column fix is saved and the check re-runs with it.
      await page.click('nav button[data-view="mapping"]');
      const firstColumn = page.locator('.mapping select').first();
      const label = await firstColumn.getAttribute('aria-label');
      await firstColumn.selectOption('');
      await page.getByText(/Проверка выполнена/).waitFor();
      const stored = JSON.parse((await page.evaluate(() => window.localStorage.getItem('roadmap-control.settings'))) ?? '{}');
      expect(stored.mapping).toEqual([expect.objectContaining({ measure: null })]);
      expect(label).toContain(stored.mapping[0].sheet);
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
      await expect(findings.textContent()).resolves.toMatch(/На 03\.03\.2025 \(найдена в книге\)/);
      await expect(findings.locator('.school').count()).resolves.toBeGreaterThan(0);
      expect(served).toContain('office.js');
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
