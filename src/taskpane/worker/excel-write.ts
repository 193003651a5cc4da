import { transfer } from 'comlink';
import { PreparedWrite, prepareWrite, ruleCount } from '../../adapters/office/prepare-write';
import { WorkbookSnapshot } from '../../adapters/office/open-workbook';
import { CheckSession } from '../../app/check-session';
import { checkResultMessage, notCheckedMessage } from '../../commands/check-message';
import { CheckSettings } from '../../app/check-settings';
import { settingsAfterRun } from '../../app/letter-defaults';
import { countOf } from '../counts';
import type { WorkerProgress } from './pane-worker-api';

/** What the page read of the workbook before the write (small: sheet names and the previous run's bookkeeping). */
export interface ExcelWriteTarget {
  snapshot: WorkbookSnapshot;
  /** The host can insert sheets from base64 (ExcelApi 1.13). */
  insertSheets: boolean;
  settings: CheckSettings;
}

/** What crosses to the page for Excel's write: the prepared calls and the settings to save beside them. */
export interface PostedExcelWrite {
  prepared: PreparedWrite;
  settings: CheckSettings;
}

/**
 * The write made ready in the worker: the page gets the sheets as one
 * base64 .xlsx (or JSON text when they fit one direct request), the highlight
 * rules packed in strings and a typed array that is moved, not copied, and
 * the register's cells as JSON text. At 5,000 schools the whole plan as
 * objects is ~30 MB whose structured clone held the page up for about a second.
 */
export async function excelWrite(session: CheckSession, target: ExcelWriteTarget, progress: WorkerProgress): Promise<PostedExcelWrite> {
  const plan = session.result.books[0].plan;
  const rows = plan.sheets.reduce((n, s) => n + s.rows.length, 0);
  await progress(
    `Подготовка записи: листов — ${plan.sheets.length}, строк — ${countOf(rows)}, подсвечено ячеек — ${countOf(plan.highlights.length)}…`,
    0.6,
  );
  // The next outgoing number follows these letters, saved in the same request as the plan.
  const settings = settingsAfterRun(target.settings, session);
  const prepared = await prepareWrite(plan, target.snapshot, { settings, insertSheets: target.insertSheets });
  await progress(
    prepared.insert
      ? `Листы собраны в файл: ${countOf(Math.ceil(prepared.insert.base64.length / 1024))} КБ, правил подсветки — ${countOf(ruleCount(prepared.rules))}`
      : `Запись подготовлена: правил подсветки — ${countOf(ruleCount(prepared.rules))}`,
    0.8,
  );
  return moved({ prepared, settings }, prepared);
}

/** The rules' typed array is moved to the page, not copied (comlink looks at the returned object only). */
function moved<T extends object>(value: T, prepared: PreparedWrite): T {
  return transfer(value, [prepared.rules.meta.buffer]);
}

/** The ribbon's «Проверить» as the function file gets it from its worker: the short result and the write, if any. */
export interface RibbonOutcome {
  message: string;
  write: PostedExcelWrite | null;
}

/** A book without a monitoring table is left alone: only the message why goes back. */
export async function ribbonOutcome(session: CheckSession, target: ExcelWriteTarget): Promise<RibbonOutcome> {
  if (!session.result.checked) return { message: notCheckedMessage(session), write: null };
  const write = await excelWrite(session, target, () => undefined);
  return moved({ message: checkResultMessage(session), write }, write.prepared);
}
