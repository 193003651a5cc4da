import { ColumnMapping } from '../model/monitoring';

/**
 * How many table columns the check understood and how many it did not: the
 * line that tells a department that part of a workbook went unchecked.
 * Empty columns count as neither.
 */
export interface ColumnCounts {
  recognised: number;
  unrecognised: number;
}

export function columnCounts(mapping: readonly Pick<ColumnMapping, 'confidence'>[]): ColumnCounts {
  let recognised = 0;
  let unrecognised = 0;
  for (const m of mapping) {
    if (m.confidence === 'unknown') unrecognised++;
    else if (m.confidence !== 'ignored') recognised++;
  }
  return { recognised, unrecognised };
}

/** «Столбцы: распознано 34, не распознано 2 — см. report.json». */
export function columnSummaryLine(counts: ColumnCounts): string {
  const tail = counts.unrecognised > 0 ? ' — см. report.json' : '';
  return `Столбцы: распознано ${counts.recognised}, не распознано ${counts.unrecognised}${tail}.`;
}
