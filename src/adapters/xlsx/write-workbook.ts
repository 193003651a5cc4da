import type { Workbook } from 'exceljs';

/** The workbook as .xlsx bytes (Node Buffer is a Uint8Array; the browser gets an ArrayBuffer view). */
export async function writeWorkbook(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer({ useSharedStrings: true, useStyles: true } as never);
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
