import { Indicator, Schedule } from './schema';
import { RULE_KIND_LIST, readRuleKind } from './rule-kind-names';
import { CellProblem, RowCells, ruleFromCells } from './rule-from-cells';
import { cellText, isBlank, readDate, readYesNo } from './rules-cell-readers';
import { RulesColumn } from './rules-table-layout';
import { formatRuDate } from './ru-dates';
import { parseSchedulesText } from './schedule-text';

/**
 * Reading one row of the sheet «Правила»: the item's own columns (title, schedule, footnote,
 * monitored), gathered over the item's rows, and the indicator the row describes, if any.
 */

/** An item being gathered from its rows; each field remembers the row it was read from. */
export interface ItemDraft {
  number: string;
  firstRow: number;
  fields: {
    title?: [string, number];
    schedule?: [Schedule[], string, number];
    footnote?: [boolean, number];
    monitored?: [boolean, number];
  };
  indicators: { indicator: Indicator; row: number }[];
}

/** Item columns: the first filled cell sets the value; a later different one is a conflict. */
export function readItemFields(draft: ItemDraft, cells: RowCells, row: number, problem: (p: CellProblem) => void): void {
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
    const reading =
      typeof cells.schedule === 'number'
        ? parseSchedulesText(`однократно ${formatSerial(cells.schedule)}`)
        : parseSchedulesText(scheduleText);
    if (!reading.ok) problem({ column: 'schedule', id: 'rules.schedule-invalid', text: reading.problem });
    else {
      const key = JSON.stringify(reading.schedules);
      if (!draft.fields.schedule) draft.fields.schedule = [reading.schedules, key, row];
      else if (draft.fields.schedule[1] !== key) conflict('schedule', 'Контроль', draft.fields.schedule[2]);
    }
  }
  for (const [column, what] of [
    ['footnote', 'Сноска «*»'],
    ['monitored', 'Признак «Контролируется»'],
  ] as const) {
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
  return reading.ok ? formatRuDate(reading.value) : String(serial);
}

const INDICATOR_COLUMNS: RulesColumn[] = ['indicatorId', 'indicatorTitle', 'kind', 'measures'];
const RULE_DETAIL_COLUMNS: RulesColumn[] = ['scope', 'percentMeasure', 'threshold', 'flagshipThreshold', 'unit', 'deadline', 'dueFrom'];

/** The indicator of a row; null for an item's own row (no code, kind or data), whose rule cells must stay empty. */
export function readIndicator(cells: RowCells, problem: (p: CellProblem) => void): Indicator | null {
  if (INDICATOR_COLUMNS.every((c) => isBlank(cells[c]))) {
    const stray = RULE_DETAIL_COLUMNS.find((c) => !isBlank(cells[c]));
    if (stray) {
      problem({
        column: stray,
        id: 'rules.indicator-incomplete',
        text: `«${cellText(cells[stray])}» стоит в строке без показателя: укажите код, вид правила и данные показателя или очистите ячейку`,
      });
    }
    return null;
  }
  const id = cellText(cells.indicatorId);
  if (!id) problem({ column: 'indicatorId', id: 'rules.indicator-id-missing', text: 'не указан код показателя (например, 2.4-homework)' });
  const scopeText = cellText(cells.scope).toLowerCase();
  const scope =
    scopeText === '' || /^(школа|оо|моу|каждая)/.test(scopeText)
      ? 'school'
      : /^(муницип|район|округ|мо)/.test(scopeText)
        ? 'municipal'
        : null;
  if (!scope)
    problem({
      column: 'scope',
      id: 'rules.scope-invalid',
      text: `уровень «${cellText(cells.scope)}» — пишите «школа» или «муниципалитет»`,
    });
  const kindText = cellText(cells.kind);
  const kind = readRuleKind(kindText);
  if (!kind) {
    const text = kindText
      ? `вид правила «${kindText}» не известен: допустимы ${RULE_KIND_LIST}`
      : `не указан вид правила: допустимы ${RULE_KIND_LIST}`;
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
