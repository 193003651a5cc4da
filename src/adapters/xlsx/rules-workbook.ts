import type { Workbook, Worksheet } from 'exceljs';
import { RulesSheetPlan, measuresSheetPlan } from '../../core/plan/rules-sheet-plan';
import { writePlannedSheet } from './planned-sheet-writer';
import { writeWorkbook } from './write-workbook';

/**
 * The rules workbook `roadmap-control rules` writes: the «Правила» sheet with its drop-down
 * lists and a note on every column, and the list of measure codes beside it. The department
 * edits it in Excel and names it with `--roadmap FILE.xlsx`, or copies the sheet into its
 * monitoring workbook.
 */
export async function rulesWorkbookBytes(plan: RulesSheetPlan): Promise<Uint8Array> {
  const { Workbook: WorkbookClass } = await import('exceljs');
  const workbook: Workbook = new WorkbookClass();
  workbook.creator = 'Контроль исполнения';
  writeRulesSheet(workbook, plan);
  writePlannedSheet(workbook, measuresSheetPlan());
  return writeWorkbook(workbook);
}

export function writeRulesSheet(workbook: Workbook, plan: RulesSheetPlan): Worksheet {
  const ws = writePlannedSheet(workbook, plan);
  for (const v of plan.validations) {
    // exceljs applies a validation to a range written as its top-left cell's model with an A1:B9 key.
    (ws as unknown as { dataValidations: { add(ref: string, rule: object): void } }).dataValidations.add(v.ref, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.list.map((x) => x.replace(/"/g, '""')).join(',')}"`],
      showInputMessage: true,
      promptTitle: 'Подсказка',
      prompt: v.prompt,
      showErrorMessage: v.strict,
      errorStyle: 'stop',
      errorTitle: 'Значение не из списка',
      error: `Выберите значение из списка: ${v.list.join(', ')}`,
    });
  }
  for (const note of plan.notes) ws.getCell(note.cell).note = note.text;
  return ws;
}
