/** =HYPERLINK("#'Лист'!C5";…) — an internal link that works in Excel, LibreOffice and the web. */
export function hyperlinkFormula(sheet: string, cell: string, label: string | number | boolean): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  const shown = typeof label === 'string' ? `"${label.replace(/"/g, '""')}"` : String(label);
  return `HYPERLINK("${target.replace(/"/g, '""')}",${shown})`;
}
