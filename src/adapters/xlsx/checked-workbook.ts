import type { Workbook } from 'exceljs';
import { WorkbookPlan } from '../../core/plan/workbook-plan';
import { withChartParts } from './add-chart-parts';
import { applyPlan } from './apply-plan';
import { writeWorkbook } from './write-workbook';

/** The checked workbook's bytes: the plan applied to the user's book, written, and our charts added. */
export async function checkedWorkbookBytes(workbook: Workbook, plan: WorkbookPlan): Promise<Uint8Array> {
  const written = applyPlan(workbook, plan);
  return withChartParts(await writeWorkbook(workbook), written);
}
