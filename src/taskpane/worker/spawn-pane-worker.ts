/**
 * webpack 5 turns this `new Worker(new URL(…, import.meta.url))` into a worker
 * chunk of its own; only the page's entry imports this file (jest never loads it).
 */
export function createPaneWorker(): Worker {
  // @ts-expect-error import.meta: the pane is built as ES modules by webpack; tsc checks it as CommonJS.
  return new Worker(new URL('./pane-worker.ts', import.meta.url), { name: 'pane-worker' });
}
