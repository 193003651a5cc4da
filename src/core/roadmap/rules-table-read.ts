import { Diagnostic, diagnostic } from '../model/diagnostic';
import { a1 } from '../model/grid';
import { Roadmap, RoadmapItem } from './schema';
import { CellProblem, RowCells } from './rule-from-cells';
import { cellText, isBlank } from './rules-cell-readers';
import { ItemDraft, readIndicator, readItemFields } from './rules-row-readers';
import { RULES_COLUMNS, RULES_SHEET, RulesColumn, RulesTable, foldHeader } from './rules-table-layout';
import { TableOrigins, validateAgainstTable } from './rules-table-validate';

export type TableToRoadmapResult = { ok: true; roadmap: Roadmap } | { ok: false; diagnostics: Diagnostic[] };

const HEADER_SEARCH_ROWS = 10;

/** Finds the header row and the column of each rule field (exact header first, then a prefix). */
function findColumns(table: RulesTable): { headerIndex: number; columnOf: Partial<Record<RulesColumn, number>> } | null {
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.length); r++) {
    const folded = (table[r] ?? []).map(foldHeader);
    if (!folded.includes('пункт') || !folded.includes(foldHeader('Код показателя'))) continue;
    const columnOf: Partial<Record<RulesColumn, number>> = {};
    const used = new Set<number>();
    for (const exact of [true, false]) {
      for (const { key, header } of RULES_COLUMNS) {
        if (columnOf[key] !== undefined) continue;
        const want = foldHeader(header);
        const c = folded.findIndex((h, i) => !used.has(i) && (exact ? h === want : h.startsWith(want)));
        if (c >= 0) {
          columnOf[key] = c;
          used.add(c);
        }
      }
    }
    return { headerIndex: r, columnOf };
  }
  return null;
}

/**
 * Reads the sheet «Правила» back into a roadmap. `base` supplies what the table does not carry
 * (the roadmap's id and title, each item's period, responsible, expected result and control
 * wording). Rows of one item may repeat its columns or leave them blank; they may not disagree.
 * Every bad cell is reported with its address; on any error no roadmap is returned.
 */
export function tableToRoadmap(table: RulesTable, base: Roadmap): TableToRoadmapResult {
  const found = findColumns(table);
  if (!found) {
    return fail([
      diagnostic(
        'rules.table-header-not-found',
        'error',
        `На листе «${RULES_SHEET}» не найдена строка заголовков со столбцами «Пункт» и «Код показателя»`,
        { sheet: RULES_SHEET },
      ),
    ]);
  }
  const missing = RULES_COLUMNS.filter((c) => found.columnOf[c.key] === undefined);
  if (missing.length) {
    const names = missing.map((c) => `«${c.header}»`).join(', ');
    return fail([
      diagnostic('rules.table-column-missing', 'error', `На листе «${RULES_SHEET}» нет столбцов: ${names}`, { sheet: RULES_SHEET }),
    ]);
  }
  const columnOf = found.columnOf as Record<RulesColumn, number>;
  const diagnostics: Diagnostic[] = [];
  const address = (row: number, column: RulesColumn): string => a1(row, columnOf[column] + 1);
  const report = (row: number, p: CellProblem): void => {
    const cell = address(row, p.column);
    diagnostics.push(diagnostic(p.id, 'error', `${RULES_SHEET}!${cell}: ${p.text}`, { sheet: RULES_SHEET, cell }));
  };

  const drafts = new Map<string, ItemDraft>();
  let previousItem: string | null = null;
  for (let r = found.headerIndex + 1; r < table.length; r++) {
    const row = r + 1;
    const cells = Object.fromEntries(RULES_COLUMNS.map(({ key }) => [key, table[r]?.[columnOf[key]] ?? null])) as RowCells;
    if (RULES_COLUMNS.every(({ key }) => isBlank(cells[key]))) continue;
    // A blank «Пункт» continues the item above: Excel users merge that column over an item's rows.
    const number: string | null = cellText(cells.item) || previousItem;
    if (number === null) {
      report(row, { column: 'item', id: 'rules.item-missing', text: 'не указан номер пункта' });
      continue;
    }
    previousItem = number;
    const draft: ItemDraft = drafts.get(number) ?? { number, firstRow: row, fields: {}, indicators: [] };
    drafts.set(number, draft);
    readItemFields(draft, cells, row, (p) => report(row, p));
    const indicator = readIndicator(cells, (p) => report(row, p));
    if (indicator) draft.indicators.push({ indicator, row });
  }

  const { roadmap, origins } = assemble([...drafts.values()], base, columnOf);
  diagnostics.push(...validateAgainstTable(roadmap, origins, diagnostics));
  return diagnostics.length ? fail(diagnostics) : { ok: true, roadmap: roadmap as Roadmap };
}

function fail(diagnostics: Diagnostic[]): TableToRoadmapResult {
  return { ok: false, diagnostics };
}

/** Puts drafts in table order and fills what the table does not hold from `base`. */
function assemble(drafts: ItemDraft[], base: Roadmap, columnOf: Record<RulesColumn, number>): { roadmap: unknown; origins: TableOrigins } {
  const baseItems = new Map(base.items.map((i) => [i.number, i]));
  const origins: TableOrigins = { itemRow: [], itemFieldRow: [], indicatorRow: [], columnOf };
  const items = drafts.map((d) => {
    const from = baseItems.get(d.number);
    const indicators = d.indicators.map((x) => x.indicator);
    const deadlines = indicators.flatMap((i) => (i.rule.kind === 'report_by' ? [i.rule.deadline] : [])).sort();
    const reportDeadline = deadlines[0] ?? from?.control.reportDeadline;
    const item: RoadmapItem = {
      number: d.number,
      title: d.fields.title?.[0] ?? from?.title ?? '',
      period: from?.period ?? '',
      responsible: from?.responsible ?? '',
      expectedResult: from?.expectedResult ?? '',
      control: { text: from?.control.text ?? '', schedules: d.fields.schedule?.[0] ?? [] },
      footnote: d.fields.footnote?.[0] ?? false,
      monitored: d.fields.monitored?.[0] ?? indicators.length > 0,
      indicators,
    };
    if (from?.section !== undefined) item.section = from.section;
    if (reportDeadline) item.control.reportDeadline = reportDeadline;
    origins.itemRow.push(d.firstRow);
    origins.itemFieldRow.push({
      title: d.fields.title?.[1] ?? d.firstRow,
      schedule: d.fields.schedule?.[2] ?? d.firstRow,
      footnote: d.fields.footnote?.[1] ?? d.firstRow,
      monitored: d.fields.monitored?.[1] ?? d.firstRow,
    });
    origins.indicatorRow.push(d.indicators.map((x) => x.row));
    return item;
  });
  const roadmap: Record<string, unknown> = { id: base.id, title: base.title, year: base.year, items };
  if (base.source !== undefined) roadmap.source = base.source;
  return { roadmap, origins };
}
