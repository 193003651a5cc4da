import { ribbonCheck } from '../../src/commands/ribbon-commands';
import { WorkerUnavailable, ribbonWorker } from '../../src/commands/ribbon-worker';
import { inProcessWorker } from '../taskpane/in-process-worker';
import { host, sampleInFake } from './ribbon-fixtures';

const never = new Promise<never>(() => undefined);

describe('«Проверить» with the function file’s worker', () => {
  it('checks in the worker and writes what it prepared: the same sheets, highlights and short result, in 3 syncs', async () => {
    const excel = await sampleInFake(25);
    const worker = inProcessWorker();
    const h = { ...host(excel), worker: ribbonWorker(worker.client, never) };
    await ribbonCheck(h);

    expect(worker.spawned()).toBe(1);
    expect(h.notices).toEqual([]);
    expect(h.results).toEqual([
      expect.stringMatching(/^Проверка выполнена: школ — 25, замечаний — \d+, писем к отправке — \d+\. Итоги — на листе «Сводка»/),
    ]);
    expect(excel.syncs).toBe(3);
    expect(excel.activeSheet).toBe('Сводка');
    expect(excel.sheets.map((s) => s.name).slice(-4)).toEqual(['Сводка', 'Нарушения', 'Календарь контроля', 'Реестр писем']);

    // The same book checked on the function file's own thread writes the same highlights and register.
    const here = await sampleInFake(25);
    await ribbonCheck(host(here));
    expect([...excel.highlighted('ФГИС МШ')]).toEqual([...here.highlighted('ФГИС МШ')]);
    expect(excel.sheet('Реестр писем').cells.size).toBe(here.sheet('Реестр писем').cells.size);
  });

  it('a book without monitoring tables is left alone, with the reason, when the worker checks it', async () => {
    const excel = await sampleInFake(25);
    for (const s of excel.sheets) s.cells.clear();
    const h = { ...host(excel), worker: ribbonWorker(inProcessWorker().client, never) };
    await ribbonCheck(h);
    expect(h.notices).toEqual([expect.stringMatching(/^Таблицы мониторинга не найдены, книга не изменена\./)]);
    expect(excel.sheets.map((s) => s.name)).not.toContain('Сводка');
  });

  it('a worker that never starts leaves the check to the function file’s thread, and the book is still checked', async () => {
    const excel = await sampleInFake(25);
    const failed = Promise.reject(new WorkerUnavailable('скрипт не загружен'));
    failed.catch(() => undefined);
    const stuck = { run: () => never } as unknown as Parameters<typeof ribbonWorker>[0];
    const h = { ...host(excel), worker: ribbonWorker(stuck, failed) };
    await ribbonCheck(h);
    expect(h.notices).toEqual([]);
    expect(h.results).toHaveLength(1);
    expect(excel.activeSheet).toBe('Сводка');
  });
});
