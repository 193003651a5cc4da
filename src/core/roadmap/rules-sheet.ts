import { Diagnostic, diagnostic } from '../model/diagnostic';
import { CellValue } from '../model/grid';
import { cellText, readNumber } from './rules-cell-readers';
import { roadmapToTable, tableToRoadmap } from './rules-table';
import { RULES_SHEET, RulesTable, foldHeader } from './rules-table-layout';
import { Roadmap } from './schema';

/**
 * The whole «Правила» sheet as a department keeps it: a few heading rows that say which plan
 * this is (its title, year and code, and the built-in plan it was made from), then the rules
 * table of `roadmapToTable`. Next year's plan is this sheet edited: a new title and year, new
 * dates and thresholds; what the table does not hold (an item's period, responsible, wording of
 * its control) comes from the plan named in «Основа».
 */
export const HEADING_LABELS = {
  title: 'Дорожная карта',
  year: 'Год',
  id: 'Код',
  base: 'Основа',
  source: 'Утверждена',
} as const;
type HeadingKey = keyof typeof HEADING_LABELS;

/** How many rows the heading takes (a blank row separates it from the table). */
export const HEADING_ROWS = Object.keys(HEADING_LABELS).length + 1;

export function roadmapToRulesSheet(roadmap: Roadmap, baseId: string): CellValue[][] {
  const heading: CellValue[][] = [
    [HEADING_LABELS.title, roadmap.title],
    [HEADING_LABELS.year, roadmap.year],
    [HEADING_LABELS.id, roadmap.id],
    [HEADING_LABELS.base, baseId],
    [HEADING_LABELS.source, roadmap.source ?? null],
    [],
  ];
  return [...heading, ...roadmapToTable(roadmap)];
}

export type RulesSheetResult = { ok: true; roadmap: Roadmap; baseId: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Reads a «Правила» sheet back into a roadmap. `presetFor` finds the plan named in «Основа»;
 * `fallback` is used when the sheet names none (a bare rules table, as older versions wrote).
 * Every bad cell is reported with its address; on any error no roadmap is returned.
 */
export function readRulesSheet(table: RulesTable, presetFor: (id: string) => Roadmap | undefined, fallback: Roadmap): RulesSheetResult {
  const heading = readHeading(table);
  const problems: Diagnostic[] = [];
  const baseText = heading.values.base ? cellText(heading.values.base.value) : '';
  const base = baseText ? presetFor(baseText) : fallback;
  if (!base) {
    problems.push(
      diagnostic(
        'rules.base-unknown',
        'error',
        `${RULES_SHEET}!${heading.values.base!.cell}: «${baseText}» — такой встроенной дорожной карты нет; укажите municipal-2025 или school-2023`,
        { sheet: RULES_SHEET, cell: heading.values.base!.cell },
      ),
    );
  }
  const year = heading.values.year ? readNumber(heading.values.year.value, 'год') : null;
  if (year && !(year.ok && Number.isInteger(year.value) && year.value >= 2020 && year.value <= 2100)) {
    const cell = heading.values.year!.cell;
    problems.push(
      diagnostic('rules.year-invalid', 'error', `${RULES_SHEET}!${cell}: год пишется четырьмя цифрами, например 2026`, {
        sheet: RULES_SHEET,
        cell,
      }),
    );
  }
  if (problems.length || !base) return { ok: false, diagnostics: problems };

  const title = heading.values.title ? cellText(heading.values.title.value) : '';
  const id = heading.values.id ? cellText(heading.values.id.value) : '';
  const source = heading.values.source ? cellText(heading.values.source.value) : '';
  const named: Roadmap = {
    ...base,
    title: title || base.title,
    year: year && year.ok ? year.value : base.year,
    id: id || base.id,
  };
  if (source) named.source = source;
  else if (heading.values.source) delete named.source;
  const read = tableToRoadmap(table, named);
  return read.ok ? { ok: true, roadmap: read.roadmap, baseId: base.id } : read;
}

interface HeadingCell {
  value: CellValue;
  /** The address of the value (the cell right of the label). */
  cell: string;
}

/** Label → value cell of the heading rows above the table header (labels in column A). */
function readHeading(table: RulesTable): { values: Partial<Record<HeadingKey, HeadingCell>> } {
  const values: Partial<Record<HeadingKey, HeadingCell>> = {};
  const byLabel = new Map(Object.entries(HEADING_LABELS).map(([key, label]) => [foldHeader(label), key as HeadingKey]));
  for (let r = 0; r < Math.min(table.length, 10); r++) {
    const row = table[r] ?? [];
    const label = foldHeader(row[0] ?? null).replace(/:$/, '');
    if (label === 'пункт') break; // the table's header row
    const key = byLabel.get(label);
    if (key && values[key] === undefined) values[key] = { value: row[1] ?? null, cell: `B${r + 1}` };
  }
  return { values };
}
