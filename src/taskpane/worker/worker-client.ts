import { Remote, proxy, wrap } from 'comlink';
import type { PaneWorkerApi, WorkerProgress } from './pane-worker-api';

/** Thrown into the waiting action when the user presses «Отменить»: the pane says so and offers nothing. */
export class Cancelled extends Error {
  constructor() {
    super('Действие отменено: ничего не сохранено и не изменено.');
  }
}

/** The API as the page calls it: every method returns a promise. */
export type WorkerApi = Remote<PaneWorkerApi> | PaneWorkerApi;

/**
 * The page's side of the worker. Cancelling terminates the worker outright (a
 * synchronous check cannot be interrupted any other way) and the next call
 * starts a fresh one; `generation` tells a caller its worker state is gone.
 */
export class WorkerClient {
  private api: WorkerApi | null = null;
  private terminate: (() => void) | null = null;
  private rejectRunning: ((reason: unknown) => void) | null = null;
  generation = 0;

  constructor(private readonly spawn: () => { api: WorkerApi; terminate(): void }) {}

  private current(): WorkerApi {
    if (!this.api) {
      const spawned = this.spawn();
      this.api = spawned.api;
      this.terminate = () => spawned.terminate();
    }
    return this.api;
  }

  /** Runs one call in the worker; a cancel rejects it with Cancelled at once. */
  run<T>(call: (api: WorkerApi) => Promise<T> | T): Promise<T> {
    const api = this.current();
    return new Promise<T>((resolve, reject) => {
      this.rejectRunning = reject;
      Promise.resolve(call(api)).then(resolve, reject);
    }).finally(() => (this.rejectRunning = null));
  }

  get running(): boolean {
    return this.rejectRunning !== null;
  }

  cancel(): void {
    const reject = this.rejectRunning;
    this.terminate?.();
    this.api = null;
    this.terminate = null;
    // Whatever the old worker held (an opened book, a check) is gone.
    this.generation++;
    reject?.(new Cancelled());
  }
}

/** A progress callback the worker can call across the boundary. */
export function progressProxy(report: WorkerProgress): WorkerProgress {
  return proxy(report);
}

/** The real worker, for the page (tests spawn the API in process instead). */
export function spawnWith(create: () => Worker): () => { api: WorkerApi; terminate(): void } {
  return () => {
    const worker = create();
    return { api: wrap<PaneWorkerApi>(worker), terminate: () => worker.terminate() };
  };
}
