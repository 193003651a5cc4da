import { CellValue, a1, columnLetters } from '../../core/model/grid';
import { isSpace } from '../../core/model/single-spaced';
import { ListValidation } from '../../core/plan/rules-sheet-plan';
import { PlannedCell, PlannedSheet } from '../../core/plan/workbook-plan';
import { hyperlinkFormula } from '../xlsx/hyperlink-formula';
import { DeflateStream, PartData } from './codec';
import { namespaceFor } from './strict-namespaces';
import { StyleBook } from './style-book';
import { XmlSink } from './xml-sink';

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A sheet of ours as worksheet XML, deflated as it is written (a region's «Нарушения» has
 * a million cells). Text goes in as inline strings, so the user's shared
 * strings part is never rewritten, and always as text: a school name «=HYPERLINK(…)» or
 * «+7 999…» stays a string; the only formulas are our own links.
 */
export function ourSheetXml(
  sheet: PlannedSheet & { validations?: readonly ListValidation[] },
  styles: StyleBook,
  stream: DeflateStream,
  /** The package is Strict OOXML: the sheet goes in its namespaces (the rest of the sheet is the same). */
  strict = false,
  /** The relationship id of the sheet's drawing, when its charts are added beside it (addSheetCharts). */
  drawingRel: string | null = null,
): PartData {
  const out = new XmlSink(stream);
  out.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${namespaceFor(NS_MAIN, strict)}" xmlns:r="${namespaceFor(NS_R, strict)}">`,
  );
  if (sheet.tabColor) out.push(`<sheetPr><tabColor rgb="FF${sheet.tabColor}"/></sheetPr>`);
  // A loop, not Math.max(...rows): 150,000 arguments overflow the stack.
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 1);
  out.push(`<dimension ref="A1:${a1(Math.max(1, sheet.rows.length), width)}"/>`);
  out.push('<sheetViews><sheetView workbookViewId="0">');
  if (sheet.freezeRows > 0)
    out.push(`<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`);
  out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columnWidths.length > 0) {
    out.push('<cols>');
    sheet.columnWidths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const looks = new LookIndex(styles);
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    let row = '';
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell || (cell.v === null && !cell.tone && !cell.bold)) continue;
      row += cellXml(`${columnLetters(c + 1)}${r + 1}`, cell, looks);
    }
    if (row) out.push(`<row r="${r + 1}">`, row, '</row>');
  }
  out.push('</sheetData>');
  if (sheet.merges.length > 0)
    out.push(`<mergeCells count="${sheet.merges.length}">`, ...sheet.merges.map((m) => `<mergeCell ref="${m}"/>`), '</mergeCells>');
  let priority = 0;
  for (const ref of sheet.dataBars) {
    out.push(
      `<conditionalFormatting sqref="${ref}"><cfRule type="dataBar" priority="${++priority}"><dataBar>` +
        '<cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="FF638EC6"/></dataBar></cfRule></conditionalFormatting>',
    );
  }
  // ▼ below zero, ► at zero, ▲ above: the changes are rounded to a tenth, so ±0.05 splits them exactly.
  for (const ref of sheet.iconSets ?? []) {
    out.push(
      `<conditionalFormatting sqref="${ref}"><cfRule type="iconSet" priority="${++priority}"><iconSet iconSet="3Arrows">` +
        '<cfvo type="num" val="-1000000000"/><cfvo type="num" val="-0.05"/><cfvo type="num" val="0.05"/></iconSet></cfRule></conditionalFormatting>',
    );
  }
  const lists = sheet.validations ?? [];
  if (lists.length > 0) {
    out.push(`<dataValidations count="${lists.length}">`);
    for (const v of lists) {
      const list = `"${v.list.map((x) => x.replace(/"/g, '""')).join(',')}"`;
      out.push(
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="${v.strict ? 1 : 0}" sqref="${v.ref}"` +
          ` promptTitle="Подсказка" prompt="${text(v.prompt).replace(/"/g, '&quot;')}"><formula1>${text(list)}</formula1></dataValidation>`,
      );
    }
    out.push('</dataValidations>');
  }
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  // After the page margins, where the schema wants it (nothing of ours comes between).
  if (drawingRel) out.push(`<drawing r:id="${drawingRel}"/>`);
  out.push('</worksheet>');
  return out.end();
}

/** The run record and the register: plain rows of values, no styles. */
export function plainSheetXml(
  rows: readonly CellValue[][],
  bold: { row: number; style: number } | null = null,
  widths: number[] = [],
): string {
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`];
  if (widths.length > 0)
    out.push('<cols>', ...widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`), '</cols>');
  out.push('<sheetData>', ...plainRowsXml(rows, 1, bold), '</sheetData></worksheet>');
  return out.join('');
}

/** Rows of plain values from sheet row `first` on: strings as text, always. */
export function plainRowsXml(rows: readonly CellValue[][], first: number, bold: { row: number; style: number } | null = null): string[] {
  const out: string[] = [];
  rows.forEach((cells, i) => {
    const r = first + i;
    const style = bold && bold.row === r ? ` s="${bold.style}"` : '';
    const xml = cells.map((v, c) => (v === null || v === '' ? '' : valueXml(`${columnLetters(c + 1)}${r}`, v, style))).join('');
    if (xml) out.push(`<row r="${r}">${xml}</row>`);
  });
  return out;
}

/**
 * The ` s="…"` attribute of a cell's look, remembered by the look's flags: a region's
 * «Нарушения» asks for a million cells' styles, and there are a few dozen looks.
 */
class LookIndex {
  private readonly plain = new Map<string, string>();

  constructor(private readonly styles: StyleBook) {}

  attribute(cell: PlannedCell): string {
    if (!(cell.tone || cell.bold || cell.wrap || cell.numFmt || cell.link)) return '';
    const key = `${cell.tone ?? ''}${cell.bold ? 'b' : ''}${cell.wrap ? 'w' : ''}${cell.link ? 'l' : ''}|${cell.numFmt ?? ''}`;
    let s = this.plain.get(key);
    if (s === undefined) {
      const index = this.styles.cellStyle({
        tone: cell.tone,
        bold: cell.bold,
        wrap: cell.wrap,
        numFmt: cell.numFmt,
        link: Boolean(cell.link),
      });
      s = ` s="${index}"`;
      this.plain.set(key, s);
    }
    return s;
  }
}

function cellXml(ref: string, cell: PlannedCell, looks: LookIndex): string {
  const s = looks.attribute(cell);
  if (cell.link) {
    const label = cell.v === null ? `${cell.link.sheet}!${cell.link.cell}` : cell.v;
    const f = `<f>${text(hyperlinkFormula(cell.link.sheet, cell.link.cell, label))}</f>`;
    if (typeof label === 'number') return `<c r="${ref}"${s}>${f}<v>${label}</v></c>`;
    if (typeof label === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${label ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${text(label)}</v></c>`;
  }
  if (cell.v === null) return `<c r="${ref}"${s}/>`;
  return valueXml(ref, cell.v, s);
}

function valueXml(ref: string, v: string | number | boolean, s: string): string {
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const t = text(v);
  const space = isSpace(v.charCodeAt(0)) || isSpace(v.charCodeAt(v.length - 1)) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${t}</t></is></c>`;
}

/**
 * Text as XML character data: escaped, characters XML cannot hold dropped, and a literal
 * «_x0041_» kept literal (Excel reads _xHHHH_ as an escape).
 */
const PLAIN = /^[^&<>_\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]*$/;

function text(v: string): string {
  // Most text (school names, statuses) needs nothing: one test instead of five replaces.
  if (PLAIN.test(v)) return v;
  return v
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}
