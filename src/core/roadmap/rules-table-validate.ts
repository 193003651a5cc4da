import { Diagnostic, diagnostic } from '../model/diagnostic';
import { a1 } from '../model/grid';
import { formatPath } from './parse-roadmap';
import { russianErrorMap } from './russian-zod-messages';
import { RULES_SHEET, RulesColumn } from './rules-table-layout';
import { roadmapSchema } from './schema';

/** Where each part of the built roadmap came from, to point schema problems at cells. */
export interface TableOrigins {
  itemRow: number[];
  itemFieldRow: { title: number; schedule: number; footnote: number; monitored: number }[];
  indicatorRow: number[][];
  columnOf: Record<RulesColumn, number>;
}

/** The column of the rules sheet that holds a field of an indicator's rule. */
const RULE_FIELD_COLUMN: Record<string, RulesColumn> = {
  kind: 'kind',
  numerator: 'measures',
  denominator: 'measures',
  measure: 'measures',
  left: 'measures',
  right: 'measures',
  fields: 'measures',
  percentMeasure: 'percentMeasure',
  target: 'threshold',
  schoolsTarget: 'threshold',
  flagged: 'flagshipThreshold',
  unit: 'unit',
  deadline: 'deadline',
};

const INDICATOR_FIELD_COLUMN: Record<string, RulesColumn> = {
  id: 'indicatorId',
  title: 'indicatorTitle',
  scope: 'scope',
  dueFrom: 'dueFrom',
};

/** A schema path → the row and column it was read from; null for what came from `base`. */
function cellOf(path: readonly (string | number)[], origins: TableOrigins): { row: number; column: RulesColumn } | null {
  const [items, i, part, j, field, ruleField] = path;
  if (items !== 'items' || typeof i !== 'number') return null;
  if (part === 'indicators' && typeof j === 'number') {
    const row = origins.indicatorRow[i]?.[j];
    const column = field === 'rule' ? RULE_FIELD_COLUMN[String(ruleField)] : INDICATOR_FIELD_COLUMN[String(field)];
    return row !== undefined && column ? { row, column } : null;
  }
  const rows = origins.itemFieldRow[i];
  if (!rows) return null;
  if (part === 'number') return { row: origins.itemRow[i], column: 'item' };
  if (part === 'title') return { row: rows.title, column: 'itemTitle' };
  if (part === 'footnote') return { row: rows.footnote, column: 'footnote' };
  if (part === 'monitored') return { row: rows.monitored, column: 'monitored' };
  if (part === 'control' && j === 'schedules') return { row: rows.schedule, column: 'schedule' };
  return null;
}

/**
 * Runs the roadmap schema over what the table produced and words each problem by its cell
 * («Правила!G9: Неизвестный показатель «…»»). A cell already reported while reading the table
 * is not reported twice.
 */
export function validateAgainstTable(roadmap: unknown, origins: TableOrigins, already: readonly Diagnostic[]): Diagnostic[] {
  const result = roadmapSchema.safeParse(roadmap, { errorMap: russianErrorMap });
  if (result.success) return [];
  const seen = new Set(already.map((d) => d.cell));
  const out: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    const at = cellOf(issue.path, origins);
    if (!at) {
      const where = issue.path.length ? ` (${formatPath(issue.path)})` : '';
      out.push(diagnostic('rules.invalid', 'error', `${RULES_SHEET}: ${issue.message}${where}`, { sheet: RULES_SHEET }));
      continue;
    }
    const cell = a1(at.row, origins.columnOf[at.column] + 1);
    if (seen.has(cell)) continue;
    seen.add(cell);
    out.push(diagnostic('rules.invalid', 'error', `${RULES_SHEET}!${cell}: ${issue.message}`, { sheet: RULES_SHEET, cell }));
  }
  return out;
}
