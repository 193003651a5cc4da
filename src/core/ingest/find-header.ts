import { CellValue } from '../model/grid';
import { parseDateText } from './date-text';
import { cellText, foldText } from './fold-text';
import { readNumberText } from './parse-value';
import { looksLikeSchoolName } from './school-column';
import { SheetView } from './sheet-view';

/**
 * Where the table's header sits under the title rows. Titles are single cells
 * (often merged across the width); the header is the first row with several
 * distinct text cells that speak like a header. A header continues into the
 * next row when its cells are merged down or over several columns, or when the
 * next row holds only words (the children of an unmerged parent).
 */
const HEADER_WORDS =
  /наименовани|название|школ|организац|учреждени|(^|[^а-я])оо([^а-я]|$)|инн|№|п\/п|всего|количеств|число|численност|доля|%|дата|зарегистр|актив|педагог|обучающ|учащ|родител|урок|заявлен|карточ|да\/нет|директор/;
const FLAG_WORDS = new Set(['да', 'нет', '+', '-', 'заполнено', 'не заполнено', 'есть', 'н/д']);
/** How far down a header may start: titles rarely take more than a dozen rows. */
const SEARCH_ROWS = 60;
const MAX_HEADER_ROWS = 3;

export interface HeaderBlock {
  /** 1-based sheet rows of the header, top first. */
  rows: number[];
}

function distinctValues(view: SheetView, row: number): CellValue[] {
  const seen = new Set<CellValue>();
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const v = view.value(row, c);
    if (v !== null && v !== '' && !(typeof v === 'string' && v.trim() === '')) seen.add(v);
  }
  return [...seen];
}

function isWordCell(v: CellValue): boolean {
  if (typeof v !== 'string') return false;
  const t = foldText(v);
  return t !== '' && !FLAG_WORDS.has(t) && readNumberText(t) === null && parseDateText(t) === null;
}

function isHeaderStart(view: SheetView, row: number): boolean {
  const values = distinctValues(view, row);
  if (values.length < 2 || !values.every(isWordCell)) return false;
  return values.some((v) => HEADER_WORDS.test(foldText(cellText(v))));
}

function isSubHeaderRow(view: SheetView, row: number): boolean {
  if (row > view.lastRow) return false;
  const values = distinctValues(view, row);
  return values.length >= 2 && values.every((v) => isWordCell(v) && !looksLikeSchoolName(v));
}

/**
 * A cell merged over several columns is a parent only when words stand under
 * it; a name merged over two columns, or a district row merged across the
 * whole table below it, are not its children.
 */
function hasChildren(view: SheetView, parent: { left: number; right: number }, row: number): boolean {
  if (row > view.lastRow) return false;
  for (let c = parent.left; c <= parent.right; c++) {
    const own = view.merge(row, c);
    if (own && (own.left < parent.left || own.right > parent.right)) continue;
    const v = view.value(row, c);
    if (isWordCell(v) && !looksLikeSchoolName(v)) return true;
  }
  return false;
}

/** How many header candidates are offered: a form line «Наименование МО: …» may come first. */
const MAX_CANDIDATES = 4;

/** Header candidates top to bottom; the caller keeps the first that yields a table of schools. */
export function findHeaders(
  view: SheetView,
  merges: ReadonlyArray<{ top: number; bottom: number; left: number; right: number }>,
): HeaderBlock[] {
  const found: HeaderBlock[] = [];
  const lastSearch = Math.min(view.lastRow, view.firstRow + SEARCH_ROWS);
  for (let top = view.firstRow; top <= lastSearch && found.length < MAX_CANDIDATES; top++) {
    if (!isHeaderStart(view, top)) continue;
    let bottom = top;
    for (const m of merges) {
      if (m.top === top && m.bottom > top) bottom = Math.max(bottom, Math.min(m.bottom, top + MAX_HEADER_ROWS - 1));
    }
    if (bottom === top) {
      const hasParent = merges.some((m) => m.top === top && m.bottom === top && m.right > m.left && hasChildren(view, m, top + 1));
      if (hasParent || isSubHeaderRow(view, top + 1)) bottom = top + 1;
    }
    bottom = Math.min(bottom, view.lastRow);
    const rows: number[] = [];
    for (let r = top; r <= bottom; r++) rows.push(r);
    found.push({ rows });
    top = bottom;
  }
  return found;
}
