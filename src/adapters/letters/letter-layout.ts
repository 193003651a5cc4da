/**
 * The page of a letter per ГОСТ Р 7.0.97-2025 (as the domain notes list it),
 * shared by the .docx and PDF renderers so both print the same page.
 */
const MM_PER_INCH = 25.4;

export const mmToTwips = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1440);
export const mmToPoints = (mm: number): number => (mm / MM_PER_INCH) * 72;

export const PAGE_MM = { width: 210, height: 297 } as const;
/** Left 30 mm for filing; right 15, top and bottom 20 (ГОСТ minimums: 20/10/20/20). */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const FONT_FAMILY = 'Times New Roman';
export const BODY_PT = 14;
/** The findings table and the header block's contacts. */
export const TABLE_PT = 12;
/** Roboto, the PDF font, runs wider than Times New Roman: its table text is a point smaller. */
export const PDF_TABLE_PT = 11;
/** The executor's name and phone at the bottom left. */
export const EXECUTOR_PT = 10;
export const FIRST_LINE_INDENT_MM = 12.5;
/** Single spacing (ГОСТ allows 1–1.5). */
export const LINE_SPACING = 1;

/** The text width: the signature's name is right-aligned at its end. */
export const TEXT_WIDTH_MM = PAGE_MM.width - MARGINS_MM.left - MARGINS_MM.right;

/** Columns of the findings table: caption and relative width. */
export const FINDINGS_COLUMNS = [
  { caption: 'Пункт', width: 11 },
  { caption: 'Показатель', width: 27 },
  { caption: 'Значение', width: 16 },
  { caption: 'Целевое значение (срок)', width: 16 },
  { caption: 'Отклонение, комментарий', width: 30 },
] as const;

/** The «На № ___ от ___» line for the reply reference, left blank to fill by hand. */
export const REPLY_REFERENCE = 'На № ________ от ________';
