import { LETTER_REGISTER_HEADERS } from '../../core/letters/letter-register';
import { CellValue } from '../../core/model/grid';
import { highlightRules } from '../../core/plan/highlight-rules';
import { RUN_RECORD_SHEET, RunRecord, encodeRunRecord } from '../../core/plan/run-memory';
import { LetterRegisterRow, OWN_SHEETS, PlannedSheet, WorkbookPlan } from '../../core/plan/workbook-plan';
import { OUR_SHEET_DRAWING_REL, addSheetCharts } from '../xlsx/add-chart-parts';
import { packAreas } from '../../core/plan/cell-areas';
import { ourSheetXml, plainRowsXml, plainSheetXml } from './our-sheet-xml';
import { OpenedBook } from './read-book';
import { spliceRules } from './rules-splice';
import { StyleBook } from './style-book';
import { WorkbookEdit } from './workbook-edit';
import { rootPrefix } from './xml-text';

const REGISTER_WIDTHS = [14, 12, 44, 13, 22, 60];

/**
 * The checked workbook: the user's package with our changes spliced in. Undo the previous
 * run (its sheets, its rules on the user's sheets, its record), then add this run's: the
 * highlights as conditional formats on the user's sheets, our sheets and their charts as new
 * parts, the letter register continued, and the record of what we wrote. Every other part
 * goes out byte for byte; the user's sheets change only by our <conditionalFormatting> blocks.
 * `userSheets` are added for the user (the pane's «Правила»), unrecorded: theirs from now on.
 *
 * `consume`: the plan is used once (the command line) and let go as it is written, the
 * highlights once they are rules, each sheet's rows once its part is deflated: at 30,000
 * schools the plan is most of the memory, and it would otherwise be held whole to the end.
 */
export async function checkedPackageBytes(
  opened: OpenedBook,
  plan: WorkbookPlan,
  userSheets: readonly PlannedSheet[] = [],
  consume = false,
): Promise<Uint8Array> {
  const { pkg, structure, record } = opened;
  // What we add to a Strict package is written in its namespaces (setText and our sheets).
  pkg.strict = structure.strict;
  const edit = new WorkbookEdit(pkg, structure.workbookPath);
  const byName = new Map(structure.sheets.map((s) => [s.name, s]));

  // 1. What the previous run wrote goes (the register stays: it is continued, never rewritten).
  const removed = [...record.sheets.filter((n) => n !== OWN_SHEETS.letterRegister), RUN_RECORD_SHEET]
    .map((n) => byName.get(n))
    .filter((s) => s !== undefined);
  for (const sheet of removed) edit.removeSheet(sheet);
  if (removed.length > 0) edit.dropCalcChain();

  // 2. Highlights: our rules on the user's sheets replace the previous run's.
  const stylesPath = stylesPathOf(pkg.text(`${structure.workbookPath.replace(/[^/]+$/, '')}_rels/workbook.xml.rels`) ?? '');
  const styles = new StyleBook(pkg.text(stylesPath) ?? EMPTY_STYLES);
  const remaining = new Set(edit.sheetNames());
  const rules = highlightRules(plan.highlights.filter((h) => remaining.has(h.sheet) && byName.get(h.sheet)?.worksheet));
  if (consume) plan.highlights = [];
  const sheetsWithRules = new Set([...record.rules.map((r) => r.sheet), ...rules.map((r) => r.sheet)]);
  const recordRules: RunRecord['rules'] = [];
  for (const name of sheetsWithRules) {
    const sheet = byName.get(name);
    if (!sheet?.path || !remaining.has(name)) continue;
    const previous = new Set(record.rules.find((r) => r.sheet === name)?.ranges ?? []);
    const mine = rules.filter((r) => r.sheet === name);
    const blocks = mine.flatMap((r) =>
      packAreas(r.ranges, ' ').map((sqref) => ({ sqref, dxfId: styles.highlight(r.tone), formula: r.formula })),
    );
    const before = pkg.text(sheet.path)!;
    const after = spliceRules(before, previous, blocks);
    if (after !== before) pkg.setText(sheet.path, after);
    const ranges = mine.flatMap((r) => r.ranges);
    if (ranges.length > 0) recordRules.push({ sheet: name, ranges });
  }

  // 3. The register first: its part then keeps its place among ours from run to run.
  const registerName = OWN_SHEETS.letterRegister;
  const registerEntry = remaining.has(registerName) ? byName.get(registerName) : undefined;
  let hasRegister = Boolean(registerEntry);
  if (registerEntry?.path && plan.letterRegister.length > 0) {
    pkg.setText(registerEntry.path, appendRegisterRows(pkg.text(registerEntry.path)!, plan.letterRegister));
  } else if (!registerEntry && plan.letterRegister.length > 0) {
    const bold = styles.cellStyle({ bold: true });
    const rows: CellValue[][] = [[...LETTER_REGISTER_HEADERS], ...plan.letterRegister.map(registerRow)];
    edit.addSheet(registerName, plainSheetXml(rows, { row: 1, style: bold }, REGISTER_WIDTHS));
    hasRegister = true;
  }

  // 4. Our sheets, under names free beside the user's own («Сводка (2)»), then their charts.
  const taken = new Set(edit.sheetNames().map((n) => n.toLowerCase()));
  const sheets: PlannedSheet[] = plan.sheets.map((sheet) => {
    let name = sheet.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${sheet.name} (${n})`;
    taken.add(name.toLowerCase());
    return { ...sheet, name };
  });
  // Sheets made for the user in this visit (the pane's «Правила»): theirs from now on, not in the record.
  for (const sheet of userSheets)
    if (!taken.has(sheet.name.toLowerCase())) edit.addSheet(sheet.name, ourSheetXml(sheet, styles, pkg.deflateStream(), structure.strict));
  sheets.forEach((sheet, i) => {
    const drawing = sheet.charts?.length ? OUR_SHEET_DRAWING_REL : null;
    const path = edit.addSheet(sheet.name, ourSheetXml(sheet, styles, pkg.deflateStream(), structure.strict, drawing));
    // The charts read their caches from the rows; they add content types, which the edit re-reads.
    if (drawing) {
      edit.flush();
      if (addSheetCharts(pkg, path, sheet) !== drawing) throw new Error(`${path}: a new sheet already has relationships`);
      edit.reload();
    }
    if (consume) sheet.rows = plan.sheets[i].rows = [];
  });
  if (
    hasRegister &&
    edit
      .sheetNames()
      .slice(edit.sheetNames().indexOf(registerName) + 1)
      .every((n) => sheets.some((s) => s.name === n))
  )
    edit.moveToEnd(registerName);

  // 5. The record of this run, very hidden and last.
  const written = [...sheets.map((s) => s.name), ...(hasRegister ? [registerName] : [])];
  edit.addSheet(RUN_RECORD_SHEET, plainSheetXml(encodeRunRecord({ sheets: written, rules: recordRules })), 'veryHidden');
  if (styles.changed) pkg.setText(stylesPath, styles.toXml());
  edit.flush();
  return pkg.toBytes();
}

function registerRow(r: LetterRegisterRow): CellValue[] {
  return [r.number, r.date, r.school, r.inn ?? '', r.items, r.file];
}

/** This run's letters under the register's last row; every earlier row, its formats and edits stay. */
function appendRegisterRows(xml: string, rows: readonly LetterRegisterRow[]): string {
  const p = rootPrefix(xml, 'worksheet');
  const close = xml.lastIndexOf(`</${p}sheetData>`);
  const empty = new RegExp(`<${p}sheetData\\s*/>`).exec(xml);
  let last = 0;
  for (const m of xml.matchAll(new RegExp(`<${p}row\\b[^>]*\\sr="(\\d+)"`, 'g'))) last = Math.max(last, Number(m[1]));
  const added = plainRowsXml(rows.map(registerRow), last + 1)
    .join('')
    .replace(/<(\/?)(row|c|is|t|v)\b/g, `<$1${p}$2`);
  if (close >= 0) return xml.slice(0, close) + added + xml.slice(close);
  if (empty) return `${xml.slice(0, empty.index)}<${p}sheetData>${added}</${p}sheetData>${xml.slice(empty.index + empty[0].length)}`;
  return xml;
}

function stylesPathOf(rels: string): string {
  const m = /<(?:\w+:)?Relationship\b[^>]*Type="[^"]*\/styles"[^>]*>/.exec(rels);
  const target = m ? /Target="([^"]*)"/.exec(m[0])?.[1] : null;
  if (!target) return 'xl/styles.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
  '<cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>';
