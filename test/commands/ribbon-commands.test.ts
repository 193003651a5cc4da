import * as fs from 'node:fs';
import * as path from 'node:path';
import { SETTINGS_KEY } from '../../src/adapters/office/workbook-settings';
import { parseStoredSettings } from '../../src/app/check-settings';
import { checkedWorkbookBytes } from '../../src/adapters/xlsx/checked-workbook';
import { DEFAULT_LIMITS } from '../../src/adapters/xlsx-package/limits';
import { nodeCodec } from '../../src/adapters/xlsx-package/node-codec';
import { openBook } from '../../src/adapters/xlsx-package/read-book';
import { readWorkbookGrids } from '../../src/adapters/xlsx/read-workbook-grids';
import { DEFAULT_SETTINGS } from '../../src/app/check-settings';
import { checkBookSession } from '../../src/app/check-session';
import { OLD_EXCEL_MESSAGE, ribbonCheck, ribbonSummary } from '../../src/commands/ribbon-commands';
import { makeSampleWorkbook } from '../../src/hosts/cli/samples/make-samples';
import { FakeExcel } from '../adapters/office/fake-excel';
import { fakeOf, host, sampleInFake } from './ribbon-fixtures';

describe('«Проверить» on the ribbon', () => {
  it('checks 5 sheets × 500 schools in at most 3 syncs, each request under 5 MB, and lands on «Сводка»', async () => {
    const excel = await sampleInFake(500);
    expect(excel.sheets).toHaveLength(5);
    const h = host(excel);
    await ribbonCheck(h);

    expect(h.notices).toEqual([]);
    // The button ends with a short result, not only a changed active sheet.
    expect(h.results).toEqual([
      expect.stringMatching(
        /^Проверка выполнена: школ — 500, замечаний — [\d\u00a0]+, писем к отправке — [\d\u00a0]+\. Итоги — на листе «Сводка»/,
      ),
    ]);
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
    const checkedByCli = await checkedWorkbookBytes(
      read.opened,
      checkBookSession(read.book, DEFAULT_SETTINGS, '2025-03-05').result.books[0].plan,
    );
    const reopened = openBook(checkedByCli, 'мониторинг.checked.xlsx', nodeCodec, DEFAULT_LIMITS, true);
    if (!reopened.ok) throw new Error(reopened.reason);
    const excel = fakeOf(reopened.opened.book.grids);
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
