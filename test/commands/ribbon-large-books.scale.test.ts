import { ribbonCheck } from '../../src/commands/ribbon-commands';
import { host, sampleInFake } from './ribbon-fixtures';

/** A region's book (5 sheets × 2,000 schools): plans past one 5 MB request, each way a host can take them. */
describe('«Проверить» on a region-sized book', () => {
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
});
