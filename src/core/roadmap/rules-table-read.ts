import { Diagnostic, diagnostic } from '../model/diagnostic';
import { a1 } from '../model/grid';
import { Indicator, Roadmap, RoadmapItem, Schedule } from './schema';
import { RULE_KIND_LIST, readRuleKind } from './rule-kind-names';
import { CellProblem, RowCells, ruleFromCells } from './rule-from-cells';
import { cellText, isBlank, readDate, readYesNo } from './rules-cell-readers';
import { RULES_COLUMNS, RULES_SHEET, RulesColumn, RulesTable, foldHeader } from './rules-table-layout';
import { TableOrigins, validateAgainstTable } from './rules-table-validate';
import { parseSchedulesText } from './schedule-text';

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

interface ItemDraft {
  number: string;
  firstRow: number;
  fields: { title?: [string, number]; schedule?: [Schedule[], string, number]; footnote?: [boolean, number]; monitored?: [boolean, number] };
  indicators: { indicator: Indicator; row: number }[];
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
    return fail([diagnostic('rules.table-header-not-found', 'error', `На листе «${RULES_SHEET}» не найдена строка заголовков со столбцами «Пункт» и «Код показателя»`, { sheet: RULES_SHEET })]);
  }
  const missing = RULES_COLUMNS.filter((c) => found.columnOf[c.key] === undefined);
  if (missing.length) {
    const names = missing.map((c) => `«${c.header}»`).join(', ');
    return fail([diagnostic('rules.table-column-missing', 'error', `На листе «${RULES_SHEET}» нет столбцов: ${names}`, { sheet: RULES_SHEET })]);
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

/** Item columns: the first filled cell sets the value; a later different one is a conflict. */
function readItemFields(draft: ItemDraft, cells: RowCells, row: number, problem: (p: CellProblem) => void): void {
  const conflict = (column: RulesColumn, what: string, firstRow: number): void =>
    problem({
      column,
      id: 'rules.item-conflict',
      text: `${what} пункта ${draft.number} отличается от строки ${firstRow}: для одного пункта пишите одинаково или оставьте ячейку пустой`,
    });
  const title = cellText(cells.itemTitle);
  if (title) {
    if (!draft.fields.title) draft.fields.title = [title, row];
    else if (draft.fields.title[0] !== title) conflict('itemTitle', 'Название', draft.fields.title[1]);
  }
  const scheduleText = cellText(cells.schedule);
  if (scheduleText) {
    const reading = typeof cells.schedule === 'number' ? parseSchedulesText(`однократно ${formatSerial(cells.schedule)}`) : parseSchedulesText(scheduleText);
    if (!reading.ok) problem({ column: 'schedule', id: 'rules.schedule-invalid', text: reading.problem });
    else {
      const key = JSON.stringify(reading.schedules);
      if (!draft.fields.schedule) draft.fields.schedule = [reading.schedules, key, row];
      else if (draft.fields.schedule[1] !== key) conflict('schedule', 'Контроль', draft.fields.schedule[2]);
    }
  }
  for (const [column, what] of [['footnote', 'Сноска «*»'], ['monitored', 'Признак «Контролируется»']] as const) {
    if (isBlank(cells[column])) continue;
    const reading = readYesNo(cells[column], what.toLowerCase());
    if (!reading.ok) problem({ column, id: 'rules.flag-invalid', text: reading.problem });
    else if (!draft.fields[column]) draft.fields[column] = [reading.value, row];
    else if (draft.fields[column]![0] !== reading.value) conflict(column, what, draft.fields[column]![1]);
  }
}

/** A schedule cell Excel turned into a date: read it as a one-off control on that day. */
function formatSerial(serial: number): string {
  const reading = readDate(serial, 'дата');
  return reading.ok ? reading.value.split('-').reverse().join('.') : String(serial);
}

const INDICATOR_COLUMNS: RulesColumn[] = ['indicatorId', 'indicatorTitle', 'kind', 'measures'];

function readIndicator(cells: RowCells, problem: (p: CellProblem) => void): Indicator | null {
  if (INDICATOR_COLUMNS.every((c) => isBlank(cells[c]))) return null;
  const id = cellText(cells.indicatorId);
  if (!id) problem({ column: 'indicatorId', id: 'rules.indicator-id-missing', text: 'не указан код показателя (например, 2.4-homework)' });
  const scopeText = cellText(cells.scope).toLowerCase();
  const scope = scopeText === '' || /^(школа|оо|моу|каждая)/.test(scopeText) ? 'school' : /^(муницип|район|округ|мо)/.test(scopeText) ? 'municipal' : null;
  if (!scope) problem({ column: 'scope', id: 'rules.scope-invalid', text: `уровень «${cellText(cells.scope)}» — пишите «школа» или «муниципалитет»` });
  const kindText = cellText(cells.kind);
  const kind = readRuleKind(kindText);
  if (!kind) {
    const text = kindText ? `вид правила «${kindText}» не известен: допустимы ${RULE_KIND_LIST}` : `не указан вид правила: допустимы ${RULE_KIND_LIST}`;
    problem({ column: 'kind', id: 'rules.kind-unknown', text });
  }
  let dueFrom: string | undefined;
  if (!isBlank(cells.dueFrom)) {
    const reading = readDate(cells.dueFrom, 'дата');
    if (reading.ok) dueFrom = reading.value;
    else problem({ column: 'dueFrom', id: 'rules.date-invalid', text: reading.problem });
  }
  if (!kind || !scope || !id) return null;
  const { rule, problems } = ruleFromCells(kind, cells);
  problems.forEach(problem);
  const indicator: Indicator = { id, title: cellText(cells.indicatorTitle), scope, rule };
  if (dueFrom) indicator.dueFrom = dueFrom;
  return indicator;
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
