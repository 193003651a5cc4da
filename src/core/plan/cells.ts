import { PlannedCell, Tone } from './workbook-plan';

/** Small builders that keep the sheet files readable. */
export function text(v: string | null, extra: Partial<PlannedCell> = {}): PlannedCell {
  return { v, ...extra };
}

export function header(v: string): PlannedCell {
  return { v, bold: true, wrap: true, tone: 'neutral' };
}

export function toned(cell: PlannedCell, tone: Tone): PlannedCell {
  return { ...cell, tone };
}

/** «ФГИС МШ!E7» linking to the source cell. */
export function sourceLink(sheet: string | null, cell: string | null, linkable: boolean): PlannedCell {
  if (!sheet) return { v: null };
  const label = cell ? `${sheet}!${cell}` : sheet;
  return linkable && cell ? { v: label, link: { sheet, cell } } : { v: label };
}

export function isoDateCell(serial: number): PlannedCell {
  return { v: serial, numFmt: 'dd.mm.yyyy' };
}
