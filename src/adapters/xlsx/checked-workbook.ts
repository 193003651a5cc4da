import { PlannedSheet, WorkbookPlan } from '../../core/plan/workbook-plan';
import { checkedPackageBytes } from '../xlsx-package/checked-package';
import { OpenedBook } from '../xlsx-package/read-book';

/** The checked workbook's bytes: the user's package with the plan spliced in (xlsx-package/checked-package.ts). */
export function checkedWorkbookBytes(
  opened: OpenedBook,
  plan: WorkbookPlan,
  userSheets: readonly PlannedSheet[] = [],
): Promise<Uint8Array> {
  return checkedPackageBytes(opened, plan, userSheets);
}
