import { PlannedSheet } from '../../core/plan/workbook-plan';
import { RulesSheetPlan } from '../../core/plan/rules-sheet-plan';
import { RequestBudget } from './request-budget';
import { writePlannedSheet } from './write-planned-sheet';

export type RulesWriteResult = { written: true } | { written: false; existing: string };

/**
 * Puts the «Правила» sheet of a plan into the open workbook, with its drop-down lists and, where
 * Excel has notes (ExcelApi 1.18), a note on every column. The sheet is the department's from
 * then on: a sheet already named so is never overwritten. Two syncs: one to look, one to write.
 */
export async function writeRulesSheetInExcel(
  context: Excel.RequestContext,
  plan: RulesSheetPlan,
  measures: PlannedSheet,
  options: { notes: boolean },
): Promise<RulesWriteResult> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(plan.name);
  const measuresSheet = sheets.getItemOrNullObject(measures.name);
  existing.load('isNullObject');
  measuresSheet.load('isNullObject');
  await context.sync();
  if (!existing.isNullObject) return { written: false, existing: plan.name };

  const budget = new RequestBudget(context);
  const sheet = await writePlannedSheet(context, plan, budget);
  for (const v of plan.validations) {
    const validation = sheet.getRange(v.ref).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
    validation.errorAlert = {
      showAlert: v.strict,
      style: 'Stop',
      title: 'Значение не из списка',
      message: `Выберите из списка: ${v.list.join(', ')}`,
    };
    validation.prompt = { showPrompt: true, title: 'Подсказка', message: v.prompt };
  }
  if (options.notes) for (const note of plan.notes) sheet.notes.add(note.cell, note.text);
  if (measuresSheet.isNullObject) await writePlannedSheet(context, measures, budget);
  sheet.activate();
  await context.sync();
  return { written: true };
}
