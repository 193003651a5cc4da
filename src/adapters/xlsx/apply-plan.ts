import type { Workbook } from 'exceljs';
import { OWN_SHEETS, PlannedSheet, WorkbookPlan } from '../../core/plan/workbook-plan';
import { forgetPreviousRun, paintHighlights, rememberRun } from './highlight-memory';
import { appendLetterRegister } from './letter-register-sheet';
import { writePlannedSheet } from './planned-sheet-writer';

/** Sheets a run rewrites from scratch; «Реестр писем» is appended to, never deleted. */
const REWRITTEN = new Set<string>([OWN_SHEETS.summary, OWN_SHEETS.violations, OWN_SHEETS.calendar, OWN_SHEETS.dynamics, OWN_SHEETS.legend]);

/**
 * Carries out a plan on an exceljs workbook read by readWorkbookGrids. It
 * decides nothing: undo the previous run (its highlights and sheets), write
 * this run's, append to the register. Source values and formulas are never
 * touched: only the fill and font of highlighted cells change. Returns the
 * planned sheets under the names they got («Сводка (2)» beside a user's own),
 * for what exceljs cannot write itself (the charts, add-chart-parts.ts).
 */
export function applyPlan(workbook: Workbook, plan: WorkbookPlan): PlannedSheet[] {
  const ours = forgetPreviousRun(workbook);
  for (const ws of [...workbook.worksheets]) {
    if (ours.has(ws.name) && REWRITTEN.has(ownName(ws.name))) workbook.removeWorksheet(ws.id);
  }
  const painted = paintHighlights(workbook, plan.highlights);
  // A user's own sheet with one of our names stays; ours gets «Сводка (2)».
  const sheets = plan.sheets.map((sheet) => ({ ...sheet, name: freeName(workbook, sheet.name) }));
  rememberRun(
    workbook,
    painted,
    sheets.map((sheet) => sheet.name),
  );
  const written = sheets.map((sheet) => writePlannedSheet(workbook, sheet));
  appendLetterRegister(workbook, plan.letterRegister);
  keepRegisterLast(workbook);
  if (written.length > 0) activate(workbook, written[0].name);
  return sheets;
}

/** «Сводка (2)» → «Сводка»: the planned name behind a name made free. */
function ownName(name: string): string {
  return name.replace(/ \(\d+\)$/, '');
}

function freeName(workbook: Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/** The register outlives runs while the summary sheets are re-created: keep the tab order the same on every run. */
function keepRegisterLast(workbook: Workbook): void {
  // exceljs orders tabs by `orderNo`, which its typings do not declare.
  type Ordered = { orderNo: number };
  const register = workbook.getWorksheet(OWN_SHEETS.letterRegister) as unknown as Ordered | undefined;
  if (!register) return;
  register.orderNo = Math.max(...workbook.worksheets.map((ws) => (ws as unknown as Ordered).orderNo)) + 1;
}

/** Opens the book on the first planned sheet («Сводка»). */
function activate(workbook: Workbook, name: string): void {
  const index = workbook.worksheets.findIndex((ws) => ws.name === name);
  for (const ws of workbook.worksheets) {
    // A sheet left selected from the source would open grouped with ours.
    for (const view of ws.views ?? []) (view as { tabSelected?: boolean }).tabSelected = ws.name === name;
  }
  workbook.views = [{ x: 0, y: 0, width: 12000, height: 8000, firstSheet: 0, activeTab: index, visibility: 'visible' }];
}
