/**
 * The page of a letter per ГОСТ Р 7.0.97-2025 (as the domain notes list it), shared by the
 * .docx and PDF renderers so both print the same page: the same font metrics (Times New Roman
 * in Word, Liberation Serif — metric-compatible with it — in the PDF and in LibreOffice), the
 * same line pitch, the same gaps in points, the same table.
 */
const MM_PER_INCH = 25.4;

export const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1440);
export const mmToPoints = (mm: number): number => (mm / MM_PER_INCH) * 72;
export const pointsToTwips = (pt: number): number => Math.round(pt * 20);

export const PAGE_MM = { width: 210, height: 297 } as const;
/** Left 30 mm for filing; right 15, top and bottom 20 (ГОСТ minimums: 20/10/20/20). */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** The page number's distance from the top edge (from page 2). */
export const HEADER_MM = 10;

/** The usual font of Russian official letters; the .docx names it. */
export const FONT_FAMILY = 'Times New Roman';
/** The PDF's font: Liberation Serif has Times New Roman's widths, so lines break at the same words. */
export const PDF_FONT = 'LiberationSerif';
export const BODY_PT = 14;
/** The findings table and the header block's contacts. */
export const TABLE_PT = 12;
/** The executor's name and phone at the bottom left. */
export const EXECUTOR_PT = 10;
export const FIRST_LINE_INDENT_MM = 12.5;

/**
 * Single spacing as Word sets it for Times New Roman: (ascender + descender + line gap) of the
 * font, 2355/2048 of the size. The .docx gives it as an exact line height (LibreOffice's own
 * «single» would use a smaller pitch), and pdfmake lays Liberation Serif out on the same pitch.
 */
export const LINE_HEIGHT_EM = 2355 / 2048;
export const linePitchPt = (pt: number): number => pt * LINE_HEIGHT_EM;
/**
 * pdfmake's line is the font's ascender + descender without the line gap (2268/2048 for
 * Liberation Serif): its lineHeight factor stretches that to the same pitch.
 */
export const PDF_LINE_HEIGHT = LINE_HEIGHT_EM / (2268 / 2048);

/** Vertical gaps, in points, after each block (the same in both formats). */
export const GAPS_PT = {
  afterHeader: 2 * linePitchPt(BODY_PT),
  afterTitle: linePitchPt(BODY_PT),
  afterSalutation: linePitchPt(BODY_PT) / 2,
  afterIntro: linePitchPt(BODY_PT) / 2,
  afterTable: linePitchPt(BODY_PT) / 2,
  beforeSignature: 2 * linePitchPt(BODY_PT),
  beforeExecutor: 2 * linePitchPt(BODY_PT),
  inHeader: linePitchPt(BODY_PT) / 2,
} as const;

/** The table cells' padding, in points. */
export const CELL_PADDING_PT = { left: 3, right: 3, top: 1, bottom: 1 } as const;
/** Gap between the department block and the addressee. */
export const ADDRESSEE_GAP_MM = 10;

/** The text width: the signature's name is right-aligned at its end. */
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGINS_MM.left - MARGINS_MM.right;

/** Columns of the findings table: caption, relative width and the row field they show. */
export const FINDINGS_COLUMNS = [
  { caption: 'Пункт', width: 9, field: 'item' },
  { caption: 'Показатель', width: 24, field: 'indicator' },
  { caption: 'Итог', width: 16, field: 'statusText' },
  { caption: 'Значение', width: 14, field: 'value' },
  { caption: 'Требуется', width: 14, field: 'target' },
  { caption: 'Что сделать', width: 23, field: 'comment' },
] as const;

/** The «На № ___ от ___» line for the reply reference, left blank to fill by hand. */
export const REPLY_REFERENCE = 'На №\u00A0________ от ________';
