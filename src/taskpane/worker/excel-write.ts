import { transfer } from 'comlink';
import { PreparedWrite, prepareWrite, ruleCount } from '../../adapters/office/prepare-write';
import { WorkbookSnapshot } from '../../adapters/office/open-workbook';
import { CheckSession } from '../../app/check-session';
import { CheckSettings } from '../../app/check-settings';
import { countOf } from '../counts';
import { withNextNumber } from '../next-number';
import { paneView } from './pane-view';
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
  await progress(`Подготовка записи: листов — ${plan.sheets.length}, строк — ${countOf(rows)}, подсвечено ячеек — ${countOf(plan.highlights.length)}…`, 0.6);
  // The next outgoing number follows these letters, saved in the same request as the plan.
  const settings = withNextNumber(target.settings, paneView(session).nextNumber);
  const prepared = await prepareWrite(plan, target.snapshot, { settings, insertSheets: target.insertSheets });
  await progress(
    prepared.insert
      ? `Листы собраны в файл: ${countOf(Math.ceil(prepared.insert.base64.length / 1024))} КБ, правил подсветки — ${countOf(ruleCount(prepared.rules))}`
      : `Запись подготовлена: правил подсветки — ${countOf(ruleCount(prepared.rules))}`,
    0.8,
  );
  return transfer({ prepared, settings }, [prepared.rules.meta.buffer]);
}
