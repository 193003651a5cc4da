import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  Header,
  HorizontalPositionAlign,
  ISectionOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  VerticalPositionAlign,
  WidthType,
} from 'docx';
import { LetterModel } from '../../core/letters/letter-model';
import {
  ADDRESSEE_GAP_MM,
  BODY_PT,
  CELL_PADDING_PT,
  EXECUTOR_PT,
  FINDINGS_COLUMNS,
  FIRST_LINE_INDENT_MM,
  FONT_FAMILY,
  GAPS_PT,
  HEADER_MM,
  MARGINS_MM,
  PAGE_MM,
  REPLY_REFERENCE,
  TABLE_PT,
  TEXT_WIDTH_MM,
  linePitchPt,
  mmToTwips,
  pointsToTwips,
} from './letter-layout';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

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

/** An exact line pitch: LibreOffice would otherwise set 14 pt text on its own, smaller «single» pitch. */
const spacing = (pt: number, afterPt = 0, beforePt = 0) => ({
  line: pointsToTwips(linePitchPt(pt)),
  lineRule: LineRuleType.EXACT,
  before: pointsToTwips(beforePt),
  after: pointsToTwips(afterPt),
});

interface LineOptions {
  size?: number;
  bold?: boolean;
  align?: Align;
  after?: number;
  before?: number;
  keepNext?: boolean;
}

function line(text: string, options: LineOptions = {}): Paragraph {
  const size = options.size ?? BODY_PT;
  return new Paragraph({
    alignment: options.align ?? AlignmentType.LEFT,
    spacing: spacing(size, options.after, options.before),
    keepNext: options.keepNext,
    children: [new TextRun({ text, bold: options.bold, size: halfPoints(size) })],
  });
}

function body(text: string, options: { after?: number; before?: number; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mmToTwips(FIRST_LINE_INDENT_MM) },
    spacing: spacing(BODY_PT, options.after, options.before),
    keepNext: options.keepNext,
    keepLines: options.keepNext,
    children: [new TextRun(text)],
  });
}

/** Department, date and number on the left; the addressee on the right: a borderless two-column table. */
function headerBlock(letter: LetterModel): Table {
  const d = letter.department;
  const left = [
    line(d.name, { bold: true, align: AlignmentType.CENTER }),
    line(d.address, { size: TABLE_PT, align: AlignmentType.CENTER }),
    line(`тел. ${d.phone}, e-mail: ${d.email}`, { size: TABLE_PT, align: AlignmentType.CENTER, after: GAPS_PT.inHeader }),
    line(`${letter.dateText} №\u00A0${letter.number}`),
    line(REPLY_REFERENCE),
  ];
  const a = letter.addressee;
  const right = [line(`${a.position} ${a.school}`), ...(a.personDative ? [line(a.personDative)] : [])];
  const half = Math.round(mmToTwips(TEXT_WIDTH_MM) / 2);
  const noMargins = { left: 0, right: 0, top: 0, bottom: 0 };
  return new Table({
    width: { size: half * 2, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: NO_BORDERS,
    margins: noMargins,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: half, type: WidthType.DXA }, borders: NO_BORDERS, margins: noMargins, children: left }),
          new TableCell({
            width: { size: half, type: WidthType.DXA },
            borders: NO_BORDERS,
            margins: { ...noMargins, left: mmToTwips(ADDRESSEE_GAP_MM) },
            children: right,
          }),
        ],
      }),
    ],
  });
}

const CELL_MARGINS = {
  left: pointsToTwips(CELL_PADDING_PT.left),
  right: pointsToTwips(CELL_PADDING_PT.right),
  top: pointsToTwips(CELL_PADDING_PT.top),
  bottom: pointsToTwips(CELL_PADDING_PT.bottom),
};

function findingsTable(letter: LetterModel): Table {
  const total = mmToTwips(TEXT_WIDTH_MM);
  const widths = FINDINGS_COLUMNS.map((c) => Math.round((total * c.width) / 100));
  const cell = (text: string, i: number, bold = false) =>
    // The padding is the table's (tblCellMar): per-cell margins would only repeat it, at a cost per cell.
    new TableCell({ width: { size: widths[i], type: WidthType.DXA }, children: [line(text, { size: TABLE_PT, bold })] });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: FINDINGS_COLUMNS.map((c, i) => cell(c.caption, i, true)) });
  const rows = letter.rows.map((r) => new TableRow({ cantSplit: true, children: FINDINGS_COLUMNS.map((c, i) => cell(r[c.field], i)) }));
  return new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: widths, margins: CELL_MARGINS, rows: [header, ...rows] });
}

function signature(letter: LetterModel): Paragraph {
  return new Paragraph({
    spacing: spacing(BODY_PT),
    keepNext: true,
    tabStops: [{ type: TabStopType.RIGHT, position: mmToTwips(TEXT_WIDTH_MM) }],
    children: [new TextRun(letter.signatory.position), new TextRun({ children: [new Tab(), letter.signatory.name] })],
  });
}

/** Page numbers from page 2, centred at the top: the first page gets an empty header. */
function pageNumberHeaders() {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: spacing(TABLE_PT),
          children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(TABLE_PT) })],
        }),
      ],
    }),
    first: new Header({ children: [] }),
  };
}

/**
 * The executor at the foot of the page: a frame anchored to the bottom margin, its paragraphs
 * before the signature's, which anchors it, so it is on the signature's page. No text may
 * stand beside it, and it keeps the signature's gap above it: the signature moves to the next
 * page, with the last request paragraph, rather than run into it.
 */
function executorLine(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: spacing(EXECUTOR_PT),
    keepNext: true,
    frame: {
      type: 'alignment',
      width: mmToTwips(TEXT_WIDTH_MM),
      wrap: FrameWrap.NOT_BESIDE,
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
      alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
      space: { horizontal: 0, vertical: pointsToTwips(GAPS_PT.beforeExecutor) },
    },
    children: [new TextRun({ text, size: halfPoints(EXECUTOR_PT) })],
  });
}

/**
 * The request, the executor's frame and the signature: the last request paragraph is kept
 * with the signature, so no page holds only the signature, and the executor stands at the
 * foot of the signature's page, so no page holds only the executor.
 */
function closing(letter: LetterModel, layout: SectionLayout): Paragraph[] {
  const last = letter.request.length - 1;
  const request = letter.request.map((text, i) =>
    body(text, { before: i === 0 ? GAPS_PT.afterTable : 0, after: i === last ? GAPS_PT.beforeSignature : 0, keepNext: i === last }),
  );
  // The frame's paragraphs go before the last request paragraph, which anchors the frame: the
  // paragraph, kept whole and with the signature, then moves to the next page with the frame.
  const anchor = Math.min(layout.executorAnchor ?? last, last);
  const frame = [executorLine(letter.executor.name), executorLine(letter.executor.phone)];
  return [...request.slice(0, anchor), ...frame, ...request.slice(anchor), signature(letter)];
}

export interface SectionLayout {
  /**
   * The request paragraph the executor's frame is anchored to (the last by default). The
   * starter template anchors it to its first, «{request}»: its last paragraphs are a
   * conditional section's tags, which the frame must not stand inside.
   */
  executorAnchor?: number;
}

/** One letter as one section: a combined file is these sections one after another, each from a new page. */
export function letterSection(letter: LetterModel, layout: SectionLayout = {}): ISectionOptions {
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
          header: mmToTwips(HEADER_MM),
          footer: mmToTwips(HEADER_MM),
        },
        pageNumbers: { start: 1 },
      },
    },
    headers: pageNumberHeaders(),
    children: [
      headerBlock(letter),
      line(letter.title, { before: GAPS_PT.afterHeader, after: GAPS_PT.afterTitle }),
      line(letter.addressee.salutation, { align: AlignmentType.CENTER, after: GAPS_PT.afterSalutation }),
      ...letter.intro.map((t, i) => body(t, { after: i === letter.intro.length - 1 ? GAPS_PT.afterIntro : 0 })),
      ...(letter.rows.length > 0 ? [findingsTable(letter)] : []),
      ...closing(letter, layout),
    ],
  };
}

/** Pair kerning from 1 pt, as pdfmake (fontkit) kerns the PDF: Word and LibreOffice then set the same widths. */
export const DOCX_DEFAULT_RUN = { font: FONT_FAMILY, size: halfPoints(BODY_PT), kern: 2 };
