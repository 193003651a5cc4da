import { OLD_EXCEL_MESSAGE } from './old-excel';
import { openWorkbook } from '../adapters/office/open-workbook';
import { IsoDate } from '../core/model/iso-date';
import { OWN_SHEETS } from '../core/plan/workbook-plan';
import { PreparedWrite } from '../adapters/office/prepare-write';
import { WorkbookSnapshot } from '../adapters/office/open-workbook';
import { CheckSettings } from '../app/check-settings';
import { ReadExcelBook, checkRead, readExcelBook, writeExcelCheck, writePreparedExcel } from './excel-check';
import { checkResultMessage, notCheckedMessage } from './check-message';

/** What a ribbon command needs from Office, injected so tests run it against a fake workbook. */
export interface RibbonHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  today(): IsoDate;
  bookName(): string;
  /** A function command has no pane: a short message in a small dialog. */
  notify(message: string): void;
  /** The short result of a command that worked (schools, findings, letters due), shown the same way. */
  done?(message: string): void;
  /**
   * A worker the function file started: the check and the write's preparation run there, the
   * function file's thread only reads and writes through Office.js. Absent: all on this thread.
   */
  worker?: RibbonWorker;
}

/** What «Проверить» asks of the worker: the check with its short message, and the write made ready. */
export interface RibbonWorker {
  check(
    read: ReadExcelBook,
    today: IsoDate,
  ): Promise<{ message: string; write: { prepared: PreparedWrite; settings: CheckSettings } | null }>;
  /** The same write, cell by cell, when the host refused the inserted .xlsx. */
  direct(read: ReadExcelBook, snapshot: WorkbookSnapshot): Promise<PreparedWrite>;
}

export { checkResultMessage };

export { OLD_EXCEL_MESSAGE };

/** «Проверить»: the whole check, written into the workbook, without opening anything. */
export async function ribbonCheck(host: RibbonHost): Promise<void> {
  if (!host.isSetSupported('ExcelApi', '1.9')) return host.notify(OLD_EXCEL_MESSAGE);
  const message = await host.run(async (context) => {
    const options = { today: host.today(), bookName: host.bookName(), merges: host.isSetSupported('ExcelApi', '1.13') };
    const worker = host.worker;
    if (worker) {
      // The sheets are converted, and the write queued, a slice at a time, the thread free between slices, as in the pane.
      const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
      const read = await readExcelBook(context, { ...options, between: pause });
      const outcome = await worker.check(read, options.today).catch((error: unknown) => {
        // A worker that never started leaves the check to this thread, as before there was one.
        if (error instanceof Error && error.name === 'WorkerUnavailable') return null;
        throw error;
      });
      if (outcome === null) return checkHere(context, read, options.today);
      if (!outcome.write) return outcome.message;
      await writePreparedExcel(
        context,
        read,
        outcome.write.prepared,
        outcome.write.settings,
        (snapshot) => worker.direct(read, snapshot),
        pause,
      );
      return { done: outcome.message };
    }
    return checkHere(context, await readExcelBook(context, options), options.today);
  });
  // «Сводка» is now the active sheet; the short result says what the check found, a failed one says why.
  if (typeof message === 'string') host.notify(message);
  else host.done?.(message.done);
}

/** The check on this thread (the command line's way, and a runtime without a worker). */
async function checkHere(context: Excel.RequestContext, read: ReadExcelBook, today: IsoDate): Promise<string | { done: string }> {
  const prepared = checkRead(read, today);
  if (!prepared.session.result.checked) return notCheckedMessage(prepared.session);
  await writeExcelCheck(context, prepared);
  return { done: checkResultMessage(prepared.session) };
}

/** «Сводка»: goes to the summary sheet the last check wrote. */
export async function ribbonSummary(host: RibbonHost): Promise<void> {
  if (!host.isSetSupported('ExcelApi', '1.9')) return host.notify(OLD_EXCEL_MESSAGE);
  const found = await host.run(async (context) => {
    const snapshot = await openWorkbook(context);
    const names = new Set(snapshot.sheets.map((s) => s.name));
    // The summary is the first sheet the last run wrote (it may be «Сводка (2)» beside a user's own «Сводка»).
    const name = snapshot.highlights.written.find((n) => n.startsWith(OWN_SHEETS.summary) && names.has(n));
    if (!name) return false;
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
    return true;
  });
  if (!found) host.notify(`Листа «${OWN_SHEETS.summary}» ещё нет: нажмите «Проверить» на вкладке «Контроль исполнения».`);
}
