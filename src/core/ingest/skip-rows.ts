import { CellValue } from '../model/grid';
import { foldText } from './fold-text';
import { looksLikeSchoolName } from './school-column';
import { SheetView } from './sheet-view';

/**
 * Rows under the header that are not schools: blank rows, a district name
 * merged across the table (a separator), «ИТОГО» / «Всего по району» rows, the
 * row of column numbers «1 2 3 …» under the header, and a header repeated
 * after a page break.
 */
export type RowKind = 'school' | 'blank' | 'separator' | 'total' | 'numbering' | 'repeated-header' | 'no-name';

const TOTAL_ROW =
  /^\s*(итого|итог|всего|сумма|среднее|в\s+среднем)([^а-я]|$)|(^|[^а-я])(по\s+(району|округу|городу|мо)([^а-я]|$)|по\s+муниципальн|в\s+целом)/;
/** Only the first columns are read for «ИТОГО»: the label sits left of the numbers. */
const TOTAL_LABEL_COLUMNS = 3;

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export interface RowKeys {
  schoolCol: number;
  headerSchoolText: string;
}

/**
 * A header repeated after a page break; the cheap prefix test spares folding every name.
 * `lower` is the name in lower case when the caller has it already (trimming commutes with it).
 */
function isHeaderAgain(school: string, headerSchoolText: string, lower: string | null): boolean {
  if (!headerSchoolText || !(lower ?? school.toLowerCase()).trim().startsWith(headerSchoolText.slice(0, 4))) return false;
  return foldText(school) === headerSchoolText;
}

export function classifyRow(view: SheetView, row: number, keys: RowKeys): RowKind {
  const school = view.value(row, keys.schoolCol);
  const merge = view.merge(row, keys.schoolCol);
  const across = merge !== null && merge.right > merge.left && merge.top <= row && merge.bottom >= row;
  let filled = 0;
  let filledOutsideMerge = 0;
  let sequence = true;
  let expect = 1;
  let schoolLower: string | null = null;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const v = view.value(row, c);
    if (isBlank(v)) continue;
    filled++;
    if (!across || c < merge.left || c > merge.right) filledOutsideMerge++;
    if (sequence && Number(v) === expect && (typeof v === 'number' || /^\s*\d+\s*$/.test(String(v)))) expect++;
    else sequence = false;
    if (c - view.firstCol < TOTAL_LABEL_COLUMNS || c === keys.schoolCol) {
      if (typeof v === 'string') {
        const lower = v.toLowerCase();
        if (c === keys.schoolCol) schoolLower = lower;
        if (TOTAL_ROW.test(lower)) return 'total';
      }
    }
  }
  if (filled === 0) return 'blank';
  if (sequence && filled >= 3) return 'numbering';
  if (typeof school === 'string' && isHeaderAgain(school, keys.headerSchoolText, schoolLower)) return 'repeated-header';
  // A district name merged across the table separates groups; a school name merged over two columns does not.
  const shown = across ? view.value(merge.top, merge.left) : school;
  if (across && filledOutsideMerge === 0 && !looksLikeSchoolName(shown)) return 'separator';
  if (isBlank(school)) return filled === 1 ? 'separator' : 'no-name';
  // A lone name that is not a school («Северный район») separates groups; a lone school is a school without data.
  if (filled === 1 && !looksLikeSchoolName(school)) return 'separator';
  return 'school';
}
