import { postGrids } from '../taskpane/worker/post-grids';
import type { WorkerClient } from '../taskpane/worker/worker-client';
import { ReadExcelBook } from './excel-check';
import { RibbonWorker } from './ribbon-commands';

/** The worker would not start (no Worker in this runtime, its script refused): «Проверить» then checks on its own thread. */
export class WorkerUnavailable extends Error {
  constructor(reason: unknown) {
    super(`Фоновый поток не запустился: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'WorkerUnavailable';
  }
}

function target(read: ReadExcelBook) {
  return { snapshot: read.snapshot, insertSheets: read.insertSheets, settings: read.settings };
}

/**
 * «Проверить» through the pane's worker (the same worker file): the function file posts the grids
 * it read and gets back the short result and the write made ready, so its own thread never runs
 * the check (Excel restarts an add-in that is unresponsive for 5 s). `failed` rejects when the
 * worker itself breaks (a script that did not load), which comlink alone would wait on for ever.
 */
export function ribbonWorker(client: WorkerClient, failed: Promise<never>): RibbonWorker {
  const guarded = <T>(call: Promise<T>) => Promise.race([call, failed]);
  return {
    check: async (read, today) => {
      const book = await guarded(postGrids(client, read.book));
      return guarded(client.run((api) => api.ribbonCheck(book, read.settings, today, target(read))));
    },
    direct: async (read, snapshot) => (await guarded(client.run((api) => api.excelDirectWrite({ ...target(read), snapshot })))).prepared,
  };
}
