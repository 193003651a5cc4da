import type { Worksheet } from 'exceljs';

/** Header look of the exports: bold, wrapped, thin borders, grey fill. */
export function styleHeader(ws: Worksheet, rows: number[], columns: number): void {
  for (const r of rows) {
    for (let c = 1; c <= columns; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
}

export function title(ws: Worksheet, text: string, width: number): void {
  ws.getCell(1, 1).value = text;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, width);
}

export function widths(ws: Worksheet, values: number[]): void {
  values.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** 13.02.2025 as a UTC date: exceljs writes it as an Excel date serial. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** «85,7%» as people type shares, text and all. */
export function percentText(numerator: number, denominator: number): string {
  return `${(Math.round((numerator / denominator) * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}
