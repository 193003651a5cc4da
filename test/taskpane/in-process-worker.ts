import { PaneWorkerApi } from '../../src/taskpane/worker/pane-worker-api';
import { WorkerApi, WorkerClient } from '../../src/taskpane/worker/worker-client';

/**
 * The worker's API in this process, but every argument and result copied the way postMessage
 * copies them: what would not cross to the page fails here, not in the browser.
 */
export function inProcessWorker(): { client: WorkerClient; spawned: () => number } {
  let count = 0;
  const client = new WorkerClient(() => {
    count++;
    const api = new PaneWorkerApi();
    const crossing = new Proxy(api, {
      get: (target, name) => {
        const method = (target as unknown as Record<string | symbol, unknown>)[name];
        if (typeof method !== 'function') return method;
        return async (...args: unknown[]) => {
          const copied = args.map((a) => (typeof a === 'function' ? a : structuredClone(a)));
          return structuredClone(await method.apply(target, copied));
        };
      },
    });
    return { api: crossing as WorkerApi, terminate: () => undefined };
  });
  return { client, spawned: () => count };
}
