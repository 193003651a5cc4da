import { OLD_EXCEL_MESSAGE } from './old-excel';
import { openWorkbook } from '../adapters/office/open-workbook';
import { IsoDate } from '../core/model/iso-date';
import { OWN_SHEETS } from '../core/plan/workbook-plan';
import { describeDiagnostic } from '../app/describe-diagnostic';
import { prepareExcelCheck, writeExcelCheck } from './excel-check';
import { CheckSession } from '../app/check-session';
import { STATUSES_NEEDING_EXPLANATION } from '../core/model/finding';

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
}

/** «Проверка выполнена: школ — 5 000, замечаний — 1 234, писем к отправке — 3 400.» */
export function checkResultMessage(session: CheckSession): string {
  const { result, letters } = session;
  const findings = result.evaluation.findings.filter((f) => STATUSES_NEEDING_EXPLANATION.includes(f.status)).length;
  return `Проверка выполнена: школ — ${groups(result.registry.schools.length)}, замечаний — ${groups(findings)}, писем к отправке — ${groups(letters.length)}. Итоги — на листе «${OWN_SHEETS.summary}», письма — в панели «Письма».`;
}

/** 5 000: thousands apart by a no-break space. */
function groups(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
}

export { OLD_EXCEL_MESSAGE };

/** «Проверить»: the whole check, written into the workbook, without opening anything. */
export async function ribbonCheck(host: RibbonHost): Promise<void> {
  if (!host.isSetSupported('ExcelApi', '1.9')) return host.notify(OLD_EXCEL_MESSAGE);
  const message = await host.run(async (context) => {
    const prepared = await prepareExcelCheck(context, {
      today: host.today(),
      bookName: host.bookName(),
      merges: host.isSetSupported('ExcelApi', '1.13'),
    });
    const { result } = prepared.session;
    if (!result.checked) {
      const first = result.diagnostics.find((d) => d.severity === 'error');
      return `Таблицы мониторинга не найдены, книга не изменена.${first ? ` ${describeDiagnostic(first)}` : ''}`;
    }
    await writeExcelCheck(context, prepared);
    return { done: checkResultMessage(prepared.session) };
  });
  // «Сводка» is now the active sheet; the short result says what the check found, a failed one says why.
  if (typeof message === 'string') host.notify(message);
  else host.done?.(message.done);
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
