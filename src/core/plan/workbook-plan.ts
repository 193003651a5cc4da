/**
 * What to do to a workbook, as plain data. The core decides; an adapter
 * (exceljs or Office.js) only carries it out. Re-applying a plan replaces what
 * the previous run wrote: owned sheets are deleted and written anew, the
 * previous highlights are removed before the new ones are added.
 */
export type Tone = 'bad' | 'warn' | 'good' | 'neutral';

/** Fill and font colours per tone (Excel's own «Good / Bad / Neutral» styles). */
export const TONE_COLORS: Record<Tone, { fill: string; font: string }> = {
  bad: { fill: 'FFC7CE', font: '9C0006' },
  warn: { fill: 'FFEB9C', font: '9C5700' },
  good: { fill: 'C6EFCE', font: '006100' },
  neutral: { fill: 'F2F2F2', font: '000000' },
};

export interface Highlight {
  sheet: string;
  /** A1 address of a source cell. */
  cell: string;
  tone: Tone;
  /** Short Russian reason, for a note/tooltip where the host supports it. */
  note: string | null;
  /**
   * The cell itself is the number a target was missed by (a count, a value): the highlight is
   * then the live comparison, and goes when the school corrects the cell. Absent: fixed.
   */
  live?: { op: '>=' | '='; target: number };
}

export interface PlannedCell {
  /**
   * The value. Strings are ALWAYS written as text, never as formulas, even when
   * they start with "=", "+", "-" or "@" (formula injection from school names).
   */
  v: string | number | boolean | null;
  /** How to show a number: '0', '0.0%', 'dd.mm.yyyy' (numbers that are dates are Excel serials). */
  numFmt?: string;
  tone?: Tone;
  bold?: boolean;
  wrap?: boolean;
  /** Internal hyperlink to a source cell. */
  link?: { sheet: string; cell: string };
}

/**
 * A native chart over a block of the sheet: the block's first row names the series, its first
 * column the categories. Excel draws it through Office.js, the .xlsx gets a chart part.
 */
export interface PlannedChart {
  /** Stacked columns (counts of statuses per item) or lines (a value against its target over rounds). */
  kind: 'stackedColumns' | 'lines';
  title: string;
  /** A1 range of the block, header row and category column included: "A30:F36". */
  source: string;
  /** Top-left and bottom-right cells the chart covers: "H30:P48". */
  place: string;
}

export interface PlannedSheet {
  name: string;
  rows: PlannedCell[][];
  /** Character widths per column, from column A. */
  columnWidths: number[];
  /** Rows frozen at the top (the header). */
  freezeRows: number;
  /** A1 ranges to merge, "A1:F1". */
  merges: string[];
  /** A1 ranges that get data bars (shares 0–100 %). */
  dataBars: string[];
  /** A1 ranges of changes that get arrows: ▲ above zero, ► at zero, ▼ below (an icon-set rule). */
  iconSets?: string[];
  charts?: PlannedChart[];
  /** Tab colour, hex without '#'. */
  tabColor: string | null;
}

export interface LetterRegisterRow {
  number: string;
  date: string;
  school: string;
  inn: string | null;
  items: string;
  file: string;
  /** The reply date, «ДД.ММ.ГГГГ» (empty in a register written before the column existed). */
  deadline?: string;
  /** «Директору М.П. Ивановой». */
  addressee?: string;
}

export interface WorkbookPlan {
  /** Sheets written anew on every run (first one is activated). */
  sheets: PlannedSheet[];
  highlights: Highlight[];
  /** Rows to append to «Реестр писем» (earlier rows are kept, never rewritten). */
  letterRegister: LetterRegisterRow[];
}

/** Names of the sheets this product writes: ingestion skips them, a re-run replaces them. */
export const OWN_SHEETS = {
  summary: 'Сводка',
  violations: 'Нарушения',
  calendar: 'Календарь контроля',
  dynamics: 'Динамика',
  legend: 'Легенда',
  letterRegister: 'Реестр писем',
  /**
   * A very hidden sheet where an adapter that paints fills (exceljs) records
   * which cells it highlighted and their original fill and font, so a re-run
   * restores them before painting anew.
   */
  highlightMemory: '_roadmap_control',
} as const;

export const OWN_SHEET_NAMES: readonly string[] = Object.values(OWN_SHEETS);
