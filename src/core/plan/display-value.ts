import { Finding } from '../model/finding';
import { isIsoDate, isoToExcelSerial } from '../model/iso-date';
import { PlannedCell } from './workbook-plan';

/**
 * A finding's value or target as a sheet cell: shares become fractions shown
 * as «85,7 %» (so data bars and sorting work), report dates become Excel
 * dates, counts stay whole. Rounding is for display only: the cell's number
 * keeps one decimal of a percent, never the raw float noise of a division.
 */
export function displayCell(value: number | string | null, unit: string | null): PlannedCell {
  if (value === null) return { v: null };
  if (typeof value === 'string') {
    return isIsoDate(value) ? { v: isoToExcelSerial(value), numFmt: 'dd.mm.yyyy' } : { v: value };
  }
  // 98.9 % → 0.989 in one division, so the cell holds no float noise (0.9890000000000001).
  if (unit === '%') return { v: Math.round(value * 10) / 1000, numFmt: '0.0%' };
  if (Number.isInteger(value)) return { v: value, numFmt: '0' };
  return { v: round(value, 1), numFmt: '0.0' };
}

export function findingValueCell(finding: Finding): PlannedCell {
  return displayCell(finding.value, finding.unit);
}

export function findingTargetCell(finding: Finding): PlannedCell {
  return displayCell(finding.target, finding.unit);
}

function round(value: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}
