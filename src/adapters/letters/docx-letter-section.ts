import {
  AlignmentType,
  BorderStyle,
  Header,
  ISectionOptions,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { LetterModel } from '../../core/letters/letter-model';
import {
  BODY_PT,
  EXECUTOR_PT,
  FINDINGS_COLUMNS,
  FIRST_LINE_INDENT_MM,
  FONT_FAMILY,
  MARGINS_MM,
  PAGE_MM,
  REPLY_REFERENCE,
  TABLE_PT,
  TEXT_WIDTH_MM,
  mmToTwips,
} from './letter-layout';

const halfPoints = (pt: number) => pt * 2;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

function line(
  text: string,
  options: { size?: number; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
): Paragraph {
  return new Paragraph({
    alignment: options.align ?? AlignmentType.LEFT,
    children: [new TextRun({ text, bold: options.bold, size: options.size ? halfPoints(options.size) : undefined })],
  });
}

function body(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(FIRST_LINE_INDENT_MM) },
    children: [new TextRun(text)],
  });
}

const spacer = () => new Paragraph({ children: [] });

/** Department, date and number on the left; the addressee on the right: a borderless two-column table. */
function headerBlock(letter: LetterModel): Table {
  const d = letter.department;
  const left = [
    line(d.name, { bold: true, align: AlignmentType.CENTER }),
    line(d.address, { size: TABLE_PT, align: AlignmentType.CENTER }),
    line(`тел. ${d.phone}, e-mail: ${d.email}`, { size: TABLE_PT, align: AlignmentType.CENTER }),
    spacer(),
    line(`${letter.dateText} № ${letter.number}`),
    line(REPLY_REFERENCE),
  ];
  const a = letter.addressee;
  const right = [line(`${a.position} ${a.school}`), ...(a.personDative ? [line(a.personDative)] : [])];
  const half = Math.round(mmToTwips(TEXT_WIDTH_MM) / 2);
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0 }, children: left }),
          new TableCell({
            width: { size: half, type: WidthType.DXA },
            borders: NO_BORDERS,
            margins: { left: mmToTwips(10) },
            children: right,
          }),
        ],
      }),
    ],
  });
}

function findingsTable(letter: LetterModel): Table {
  const total = mmToTwips(TEXT_WIDTH_MM);
  const widths = FINDINGS_COLUMNS.map((c) => Math.round((total * c.width) / 100));
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({ width: { size: widths[i], type: WidthType.DXA }, children: [line(text, { size: TABLE_PT, bold })] });
  const header = new TableRow({ tableHeader: true, children: FINDINGS_COLUMNS.map((c, i) => cell(c.caption, i, true)) });
  const rows = letter.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [r.item, `${r.indicator} (${r.statusText.toLowerCase()})`, r.value, r.target, r.comment].map((t, i) => cell(t, i)),
      }),
  );
  return new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

function signature(letter: LetterModel): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: mmToTwips(TEXT_WIDTH_MM) }],
    children: [new TextRun(letter.signatory.position), new TextRun({ children: [new Tab(), letter.signatory.name] })],
  });
}

/** Page numbers from page 2, centred at the top: the first page gets an empty header. */
function pageNumberHeaders() {
  return {
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
    }),
    first: new Header({ children: [] }),
  };
}

/** One letter as one section: a combined file is these sections one after another, each from a new page. */
export function letterSection(letter: LetterModel): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: mmToTwips(PAGE_MM.width), height: mmToTwips(PAGE_MM.height) },
        margin: {
          top: mmToTwips(MARGINS_MM.top),
          bottom: mmToTwips(MARGINS_MM.bottom),
          left: mmToTwips(MARGINS_MM.left),
          right: mmToTwips(MARGINS_MM.right),
          header: mmToTwips(10),
          footer: mmToTwips(10),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: pageNumberHeaders(),
    children: [
      headerBlock(letter),
      spacer(),
      line(letter.title),
      spacer(),
      line(letter.addressee.salutation, { align: AlignmentType.CENTER }),
      spacer(),
      ...letter.intro.map(body),
      ...letter.items.map((i) => body(i.text)),
      spacer(),
      findingsTable(letter),
      spacer(),
      ...letter.request.map(body),
      spacer(),
      spacer(),
      signature(letter),
      spacer(),
      spacer(),
      line(letter.executor.name, { size: EXECUTOR_PT }),
      line(letter.executor.phone, { size: EXECUTOR_PT }),
    ],
  };
}

export const DOCX_DEFAULT_RUN = { font: FONT_FAMILY, size: halfPoints(BODY_PT) };
