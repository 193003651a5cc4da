import type { Cell, Style, Workbook, Worksheet } from 'exceljs';
import { PlannedCell, PlannedSheet } from '../../core/plan/workbook-plan';
import { hyperlinkFormula } from './hyperlink-formula';
import { toneFill, toneFont } from './tone-style';

export { hyperlinkFormula };

/**
 * Writes one planned sheet. Strings go in as exceljs string values, which
 * exceljs stores as text: `=HYPERLINK(...)` or `+7 999…` from a school name
 * stays text. The only formulas are our own links, built with every quote
 * doubled so no sheet name or label can break out of the string literal.
 */
export function writePlannedSheet(workbook: Workbook, planned: PlannedSheet): Worksheet {
  const ws = workbook.addWorksheet(planned.name, {
    properties: planned.tabColor ? { tabColor: { argb: `FF${planned.tabColor}` } } : {},
    views: planned.freezeRows > 0 ? [{ state: 'frozen', ySplit: planned.freezeRows, xSplit: 0 }] : [],
  });
  planned.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const styles = new StyleCache();
  planned.rows.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = ws.getRow(r + 1);
    cells.forEach((planned, c) => {
      if (planned.v === null && !planned.tone && !planned.bold) return;
      writeCell(row.getCell(c + 1), planned, styles);
    });
  });
  for (const range of planned.merges) ws.mergeCells(range);
  // Each rule its own priority: Excel expects them distinct within a sheet.
  planned.dataBars.forEach((ref, i) => ws.addConditionalFormatting({ ref, rules: [dataBarRule(i + 1)] }));
  (planned.iconSets ?? []).forEach((ref, i) => ws.addConditionalFormatting({ ref, rules: [arrowsRule(planned.dataBars.length + i + 1)] }));
  return ws;
}

function writeCell(cell: Cell, planned: PlannedCell, styles: StyleCache): void {
  if (planned.link) {
    const label = planned.v === null ? `${planned.link.sheet}!${planned.link.cell}` : planned.v;
    cell.value = { formula: hyperlinkFormula(planned.link.sheet, planned.link.cell, label), result: label } as Cell['value'];
  } else {
    cell.value = planned.v;
  }
  const style = styles.get(planned);
  if (style) cell.style = style;
}

/** A solid bar from 0 to 100 %: exceljs writes solid bars as complete x14 rules (its gradient bars get an empty x14 id). */
function dataBarRule(priority: number) {
  return {
    type: 'dataBar',
    priority,
    gradient: false,
    cfvo: [
      { type: 'num', value: 0 },
      { type: 'num', value: 1 },
    ],
    color: { argb: 'FF638EC6' },
  } as unknown as Parameters<Worksheet['addConditionalFormatting']>[0]['rules'][number];
}

/**
 * ▼ below zero, ► at zero, ▲ above. The changes are rounded to a tenth, so ±0.05 splits them
 * exactly without the strict «greater than» that exceljs cannot write.
 */
function arrowsRule(priority: number) {
  return {
    type: 'iconSet',
    priority,
    iconSet: '3Arrows',
    cfvo: [
      { type: 'num', value: -1e9 },
      { type: 'num', value: -0.05 },
      { type: 'num', value: 0.05 },
    ],
  } as unknown as Parameters<Worksheet['addConditionalFormatting']>[0]['rules'][number];
}

/** One style object per look, shared by the cells that have it (exceljs dedupes them on write). */
class StyleCache {
  private readonly cache = new Map<string, Partial<Style>>();

  get(p: PlannedCell): Partial<Style> | null {
    if (!p.tone && !p.bold && !p.wrap && !p.numFmt && !p.link) return null;
    const key = `${p.tone ?? ''}|${p.bold ? 1 : 0}|${p.wrap ? 1 : 0}|${p.numFmt ?? ''}|${p.link ? 1 : 0}`;
    let style = this.cache.get(key);
    if (!style) {
      style = {};
      if (p.tone) style.fill = toneFill(p.tone);
      const font = p.tone ? toneFont(p.tone, undefined) : {};
      if (p.bold) font.bold = true;
      if (p.link && !p.tone) font.color = { argb: 'FF0563C1' };
      if (p.link) font.underline = true;
      if (Object.keys(font).length > 0) style.font = font;
      if (p.wrap) style.alignment = { wrapText: true, vertical: 'top' };
      if (p.numFmt) style.numFmt = p.numFmt;
      this.cache.set(key, style);
    }
    return style;
  }
}
