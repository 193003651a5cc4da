import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { Workbook } from 'exceljs';
import { checkedWorkbookBytes } from '../../../src/adapters/xlsx/checked-workbook';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read-workbook-grids';
import { rulesWorkbookBytes } from '../../../src/adapters/xlsx/rules-workbook';
import { writeWorkbook } from '../../../src/adapters/xlsx/write-workbook';
import { runCheck } from '../../../src/core/pipeline/run-check';
import { rulesSheetPlan } from '../../../src/core/plan/rules-sheet-plan';
import { getPreset } from '../../../src/core/roadmap/presets';
import { describeWithTools, pdfText, run } from '../letters/external-tools';

/** Two rounds of a «Сферум» export in one book, as a department keeps them. */
async function twoRounds(): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.addWorksheet('Справочник ОО').addRows([
    ['Наименование ОО', 'ИНН', 'ФИО директора'],
    ['МБОУ «СОШ № 1»', '3625010008', 'Ковальчук Ирина Николаевна'],
    ['МБОУ «СОШ № 12»', '3625010776', 'Головко Сергей Петрович'],
  ]);
  for (const [date, a, b] of [
    ['06.03', 30, 45],
    ['20.03', 36, 50],
  ] as const) {
    wb.addWorksheet(`Сферум ${date}`).addRows([
      [`Мониторинг ИКОП «Сферум» по состоянию на ${date}.2025`],
      ['№', 'Образовательная организация', 'ИНН', 'Педагогов всего', 'Педагогов зарегистрировано'],
      [1, 'МБОУ СОШ № 1', '3625010008', 40, a],
      [2, 'МБОУ СОШ № 12', '3625010776', 50, b],
    ]);
  }
  return writeWorkbook(wb);
}

/**
 * LibreOffice is the office suite CI has: it opening the checked workbook and drawing its charts
 * into a PDF is the check that the chart parts are real. One soffice call for every file.
 */
describeWithTools(['soffice', 'pdftotext'], 'LibreOffice opens the product’s workbooks with their charts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'charts-soffice-'));
    const read = await readWorkbookGrids(await twoRounds(), 'Сферум.xlsx');
    if (!read.ok) throw new Error(read.reason);
    const result = runCheck({
      books: [read.book],
      roadmap: getPreset('municipal-2025')!,
      registry: null,
      mapping: [],
      asOf: null,
      today: '2025-11-23',
    });
    writeFileSync(join(dir, 'checked.xlsx'), await checkedWorkbookBytes(read.opened, result.books[0]!.plan));
    writeFileSync(join(dir, 'rules.xlsx'), await rulesWorkbookBytes(rulesSheetPlan(getPreset('municipal-2025')!, 'municipal-2025')));
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const soffice = (format: string, ...files: string[]): string =>
      run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', dir, ...files]);
    soffice('pdf', join(dir, 'checked.xlsx'), join(dir, 'rules.xlsx'));
    soffice('ods', join(dir, 'checked.xlsx'));
  });

  it('imports the charts as charts: a stacked bar chart on «Сводка», a line chart on «Динамика»', async () => {
    const ods = await JSZip.loadAsync(readFileSync(join(dir, 'checked.ods')));
    const objects = await Promise.all(
      Object.keys(ods.files)
        .filter((p) => /^Object \d+\/content\.xml$/.test(p))
        .map((p) => ods.file(p)!.async('string')),
    );
    const classes = objects.map((xml) => /chart:class="chart:(\w+)"/.exec(xml)?.[1]).sort();
    expect(classes).toEqual(['bar', 'line']);
    const bar = objects.find((xml) => xml.includes('chart:class="chart:bar"'))!;
    expect(bar).toContain('Результаты школ по пунктам дорожной карты');
    expect(bar).toMatch(/chart:stacked="true"/);
  });

  it('prints the checked workbook, «Динамика» included', () => {
    const text = pdfText(join(dir, 'checked.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Динамика по раундам мониторинга: 06.03.2025 — 20.03.2025');
  });

  it('opens the rules workbook', () => {
    expect(pdfText(join(dir, 'rules.pdf'))).toContain('Код показателя');
  });
});
