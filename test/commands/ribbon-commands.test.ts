import * as fs from 'node:fs';
import * as path from 'node:path';
import { SETTINGS_KEY } from '../../src/adapters/office/workbook-settings';
import { parseStoredSettings } from '../../src/app/check-settings';
import { Workbook } from 'exceljs';
import { applyPlan } from '../../src/adapters/xlsx/apply-plan';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read-workbook-grids';
import { worksheetGrid } from '../../src/adapters/xlsx/worksheet-grid';
import { writeWorkbook } from '../../src/adapters/xlsx/write-workbook';
import { DEFAULT_SETTINGS } from '../../src/app/check-settings';
import { checkBookSession } from '../../src/app/check-session';
import { Grid } from '../../src/core/model/grid';
import { OLD_EXCEL_MESSAGE, RibbonHost, ribbonCheck, ribbonSummary } from '../../src/commands/ribbon-commands';
import { a1 } from '../../src/core/model/grid';
import { makeSampleWorkbook } from '../../src/hosts/cli/samples/make-samples';
import { FakeExcel } from '../adapters/office/fake-excel';

function fakeOf(grids: Grid[]): FakeExcel {
  const excel = new FakeExcel();
  for (const g of grids) {
    excel.addSheet(g.sheet, g.values, {
      origin: a1(g.originRow, g.originCol),
      numberFormats: g.numberFormats,
      merges: g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
      hidden: g.hidden,
    });
  }
  return excel;
}

/** The bundled sample's layout at N schools, loaded into the fake as Excel would hold it. */
async function sampleInFake(schools: number): Promise<FakeExcel> {
  const read = await readWorkbookGrids(await makeSampleWorkbook(schools), 'мониторинг.xlsx');
  if (!read.ok) throw new Error(read.reason);
  return fakeOf(read.book.grids);
}

function host(excel: FakeExcel, supported = ['1.9', '1.13']): RibbonHost & { notices: string[] } {
  const notices: string[] = [];
  return {
    notices,
    run: (batch) => batch(excel.context),
    isSetSupported: (name, version) => name === 'ExcelApi' && supported.includes(version),
    today: () => '2025-03-05',
    bookName: () => 'мониторинг.xlsx',
    notify: (m) => notices.push(m),
  };
}

describe('«Проверить» on the ribbon', () => {
  it('checks 5 sheets × 500 schools in at most 3 syncs, each request under 5 MB, and lands on «Сводка»', async () => {
    const excel = await sampleInFake(500);
    expect(excel.sheets).toHaveLength(5);
    const h = host(excel);
    await ribbonCheck(h);

    expect(h.notices).toEqual([]);
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(excel.activeSheet).toBe('Сводка');
    expect(excel.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Сводка', 'Нарушения', 'Календарь контроля', 'Реестр писем']));
    expect(excel.highlighted('ФГИС МШ').size).toBeGreaterThan(0);
  });

  it('a second click replaces the first run: same sheets, same highlights, no duplicated register rows', async () => {
    const excel = await sampleInFake(25);
    await ribbonCheck(host(excel));
    const sheetsAfterFirst = excel.sheets.map((s) => s.name);
    const highlightsAfterFirst = [...excel.highlighted('ФГИС МШ')];
    const registerRows = [...excel.sheet('Реестр писем').cells.keys()].length;

    excel.syncs = 0;
    await ribbonCheck(host(excel));
    expect(excel.syncs).toBeLessThanOrEqual(3);
    expect(excel.sheets.map((s) => s.name)).toEqual(sheetsAfterFirst);
    expect([...excel.highlighted('ФГИС МШ')]).toEqual(highlightsAfterFirst);
    expect(excel.sheet('ФГИС МШ').conditionalFormats.length).toBe(
      new Set(excel.sheet('ФГИС МШ').conditionalFormats.map((c) => c.fill)).size,
    );
    // The same-day re-run keeps the numbers of the letters it already registered.
    expect([...excel.sheet('Реестр писем').cells.keys()].length).toBe(registerRows);
  });

  it('checks 5 sheets × 2,000 schools in 3 syncs, first run and re-run: the sheets inserted as one .xlsx, each request under 5 MB', async () => {
    const excel = await sampleInFake(2000);
    await ribbonCheck(host(excel));
    expect(excel.syncs).toBe(3);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(excel.bytesByAction.get('insertWorksheetsFromBase64')).toBeGreaterThan(0);
    expect(excel.activeSheet).toBe('Сводка');
    const names = excel.sheets.map((s) => s.name);
    expect(names.slice(-4)).toEqual(['Сводка', 'Нарушения', 'Календарь контроля', 'Реестр писем']);
    const highlights = [...excel.highlighted('ФГИС МШ')];
    const registerCells = excel.sheet('Реестр писем').cells.size;
    expect(registerCells).toBeGreaterThan(6);

    const requestsBefore = excel.requestBytes.length;
    const responsesBefore = excel.responseBytes.length;
    await ribbonCheck(host(excel));
    expect(excel.syncs).toBe(6);
    expect(Math.max(...excel.requestBytes.slice(requestsBefore))).toBeLessThan(5 * 1024 * 1024);
    // The register came back with sync 1 (the sheet list), not with the monitoring sheets of sync 2.
    const [first, second] = excel.responseBytes.slice(responsesBefore);
    expect(first).toBeGreaterThan(registerCells * 10);
    expect(second).toBeGreaterThan(0);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect([...excel.highlighted('ФГИС МШ')]).toEqual(highlights);
    expect(excel.sheet('Реестр писем').cells.size).toBe(registerCells);
  });

  it('a host that refuses the inserted .xlsx still gets the whole plan, written directly, on the first run and a re-run', async () => {
    const excel = await sampleInFake(2000);
    excel.refuseInserts = true;
    const h = host(excel);
    await ribbonCheck(h);
    expect(h.notices).toEqual([]);
    expect(excel.bytesByAction.has('insertWorksheetsFromBase64')).toBe(false);
    const names = excel.sheets.map((s) => s.name);
    expect(names.slice(-4)).toEqual(['Сводка', 'Нарушения', 'Календарь контроля', 'Реестр писем']);
    const highlights = [...excel.highlighted('ФГИС МШ')];
    expect(highlights.length).toBeGreaterThan(0);
    const registerCells = excel.sheet('Реестр писем').cells.size;

    // The re-run's refused batch had already deleted the first run's sheets: nothing is doubled or left out.
    await ribbonCheck(h);
    expect(h.notices).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect([...excel.highlighted('ФГИС МШ')]).toEqual(highlights);
    expect(excel.sheet('Реестр писем').cells.size).toBe(registerCells);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(5 * 1024 * 1024);
  });

  it('without ExcelApi 1.13 a large plan is still written, directly, in more requests each under 5 MB', async () => {
    const excel = await sampleInFake(2000);
    const h = host(excel, ['1.9']);
    await ribbonCheck(h);
    expect(h.notices).toEqual([]);
    expect(excel.syncs).toBeGreaterThan(3);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(excel.bytesByAction.has('insertWorksheetsFromBase64')).toBe(false);
    expect(excel.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Сводка', 'Нарушения', 'Реестр писем']));
  });

  it('on a host that refuses the register read with sync 1, repeats sync 1 without it and still checks', async () => {
    const excel = await sampleInFake(25);
    excel.refuseNullObjectChains = true;
    const h = host(excel);
    await ribbonCheck(h);
    expect(h.notices).toEqual([]);
    expect(excel.syncs).toBe(4);
    const registerCells = excel.sheet('Реестр писем').cells.size;
    expect(registerCells).toBeGreaterThan(6);

    // Once the register exists, the read by name succeeds: back to 3 syncs, the numbers kept.
    excel.syncs = 0;
    await ribbonCheck(h);
    expect(excel.syncs).toBe(3);
    expect(excel.sheet('Реестр писем').cells.size).toBe(registerCells);
  });

  it('replaces the sheets the command line wrote into a book it checked, instead of adding «Сводка (2)»', async () => {
    const read = await readWorkbookGrids(await makeSampleWorkbook(10), 'мониторинг.xlsx');
    if (!read.ok) throw new Error(read.reason);
    applyPlan(read.workbook, checkBookSession(read.book, DEFAULT_SETTINGS, '2025-03-05').result.books[0].plan);
    const checkedByCli = new Workbook();
    await checkedByCli.xlsx.load((await writeWorkbook(read.workbook)) as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const excel = fakeOf(checkedByCli.worksheets.map(worksheetGrid));
    expect(excel.sheets.map((s) => s.name)).toContain('_roadmap_control');

    await ribbonCheck(host(excel));
    const names = excel.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('Сводка'))).toEqual(['Сводка']);
    expect(names.filter((n) => n.startsWith('Нарушения'))).toEqual(['Нарушения']);
  });

  it('says in Russian that a workbook without monitoring tables was not changed', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Лист1', [['Список дел на неделю'], ['позвонить в СОШ № 1']]);
    const h = host(excel);
    await ribbonCheck(h);
    expect(h.notices[0]).toMatch(/^Таблицы мониторинга не найдены, книга не изменена\./);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Лист1']);
  });

  it('tells a user of an older Excel what to do instead of failing', async () => {
    const excel = await sampleInFake(3);
    const h = host(excel, []);
    await ribbonCheck(h);
    expect(h.notices).toEqual([OLD_EXCEL_MESSAGE]);
    expect(excel.syncs).toBe(0);
  });
});

describe('settings kept in the workbook', () => {
  it('the second run is one click: the stored roadmap, date, mapping fix and letter numbering are used, the next number saved', async () => {
    const excel = await sampleInFake(25);
    const letters = JSON.parse(fs.readFileSync(path.join(__dirname, '../../assets/samples/letter-settings.json'), 'utf8'));
    excel.settings.set(
      SETTINGS_KEY,
      JSON.stringify({ roadmap: 'municipal-2025', asOf: '2025-03-10', mapping: [], letters: { ...letters, nextNumber: 41 } }),
    );
    await ribbonCheck(host(excel));

    const register = [...excel.sheet('Реестр писем').cells.entries()]
      .filter(([k]) => k.endsWith(',0') && k !== '0,0')
      .map(([, c]) => String(c.value));
    expect(register[0]).toBe('01-19/41');
    const saved = parseStoredSettings(excel.settings.get(SETTINGS_KEY));
    expect(saved.asOf).toBe('2025-03-10');
    expect(saved.letters?.nextNumber).toBe(41 + register.length);
    const summaryText = [...excel.sheet('Сводка').cells.values()].map((c) => String(c.value)).join(' ');
    expect(summaryText).toContain('10.03.2025');
  });
});

describe('«Сводка» on the ribbon', () => {
  it('activates the summary sheet the last check wrote', async () => {
    const excel = await sampleInFake(5);
    await ribbonCheck(host(excel));
    excel.activeSheet = 'ФГИС МШ';
    await ribbonSummary(host(excel));
    expect(excel.activeSheet).toBe('Сводка');
  });

  it('before any check, says to press «Проверить»', async () => {
    const excel = await sampleInFake(5);
    const h = host(excel);
    await ribbonSummary(h);
    expect(h.notices).toEqual(['Листа «Сводка» ещё нет: нажмите «Проверить» на вкладке «Контроль исполнения».']);
  });
});
