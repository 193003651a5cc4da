import { plainError } from '../app/plain-error';
import { todayLocal } from '../hosts/today';
import { RibbonHost, ribbonCheck, ribbonSummary } from './ribbon-commands';

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

const handlers = { runCheck: completing(ribbonCheck), showSummary: completing(ribbonSummary) };

// Office 2019/2021 look the manifest's FunctionName up as a global function; newer hosts use
// Office.actions.associate. Both point at the same handlers.
Object.assign(globalThis, handlers);
Office.onReady(() => {
  if (Office.actions?.associate) for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
