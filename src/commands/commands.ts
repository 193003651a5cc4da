import { plainError } from '../app/plain-error';
import { todayLocal } from '../hosts/today';
import { WorkerClient, spawnWith } from '../taskpane/worker/worker-client';
import { RibbonHost, ribbonCheck, ribbonSummary } from './ribbon-commands';
import { WorkerUnavailable, ribbonWorker } from './ribbon-worker';

/**
 * The function file behind the ribbon's «Проверить» and «Сводка» buttons.
 * Each handler must call event.completed(), whatever happens, or the button
 * stays busy.
 */
function officeHost(): RibbonHost {
  const show = (message: string) => {
    const url = new URL('taskpane.html', window.location.href);
    url.searchParams.set('notice', message);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true });
  };
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // The host's clock, read here: the core never reads it.
    today: todayLocal,
    bookName: () => Office.context.document.url?.split(/[\\/]/).pop() || 'Книга',
    notify: show,
    done: show,
  };
}

function completing(command: (host: RibbonHost) => Promise<void>) {
  return (event: Office.AddinCommands.Event) => {
    const host = officeHost();
    command(host)
      .catch((error: unknown) => host.notify(`Команда не выполнена. ${plainError(error)}`))
      .finally(() => event.completed());
  };
}

/**
 * The command with a worker of its own, where the runtime has one: the check runs there, not on
 * the function file's thread. One worker per click, ended with it, so a check's session (about
 * 100 MB at 5,000 schools) is not kept between clicks.
 */
function inWorker(command: (host: RibbonHost) => Promise<void>) {
  return async (host: RibbonHost): Promise<void> => {
    const spawn =
      typeof Worker === 'undefined'
        ? null
        : await import(/* webpackChunkName: "ribbon-worker" */ '../taskpane/worker/spawn-pane-worker').catch(() => null);
    if (!spawn) return command(host);
    let fail: (reason: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => undefined);
    const client = new WorkerClient(
      spawnWith(() => {
        const worker = spawn.createPaneWorker();
        worker.addEventListener('error', (event) => fail(new WorkerUnavailable(event.message)));
        return worker;
      }),
    );
    try {
      await command({ ...host, worker: ribbonWorker(client, failed) });
    } finally {
      // Terminates the worker (nothing is running by now).
      client.cancel();
    }
  };
}

const handlers = { runCheck: completing(inWorker(ribbonCheck)), showSummary: completing(ribbonSummary) };

// Office 2019/2021 look the manifest's FunctionName up as a global function; newer hosts use
// Office.actions.associate. Both point at the same handlers.
Object.assign(globalThis, handlers);
Office.onReady(() => {
  if (Office.actions?.associate) for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
