import { columnLetters } from '../model/grid';
import { IsoDate, excelSerialToIso } from '../model/iso-date';
import { isDateFormat } from './date-text';
import { cellText, foldText } from './fold-text';
import { meaningText } from './header-words';
import { SheetView } from './sheet-view';

/**
 * The full header of every column: its own words (the lowest header row), its
 * parent's (the rows above, merged or not), and the context every column
 * shares: the sheet name and the title lines above the table.
 */
export interface ColumnHeader {
  col: number;
  letter: string;
  /** Folded texts for matching. */
  child: string;
  parent: string;
  context: string;
  /** The same three as matching reads them (abbreviations written out, stems added: header-words.ts). */
  childText: string;
  parentText: string;
  contextText: string;
  /** As the user reads it: «Педагогические работники › зарегистрированы». */
  label: string;
}

export interface HeaderContext {
  columns: ColumnHeader[];
  titles: string[];
  titleDateCells: IsoDate[];
}

const blank = (s: string): boolean => s.trim() === '';
/** «Карточки обучающихся без» over «СНИЛС», «ДУЛ»: the parent's last words begin each child's phrase. */
const LEADS_INTO_CHILD = /(?:^|\s)(без|отсутству\S*|нет|не указан\S*|не заполнен\S*)$/;
const PART_OF_LEFT = /^(из них|в т\.? ?ч\.?|в том числе)/;

export function readHeaderContext(view: SheetView, headerRows: number[]): HeaderContext {
  const top = headerRows[0];
  const titles: string[] = [];
  const titleDateCells: IsoDate[] = [];
  for (let r = view.firstRow; r < top; r++) {
    for (let c = view.firstCol; c <= view.lastCol; c++) {
      const v = view.value(r, c);
      if (typeof v === 'string' && !blank(v)) titles.push(v.trim());
      else if (typeof v === 'number' && isDateFormat(view.numberFormat(r, c))) titleDateCells.push(excelSerialToIso(v));
    }
  }
  const context = foldText([view.sheet, ...titles].join(' | '));
  const contextText = meaningText(context);

  // Texts per header row and column, merges spread over the cells they cover.
  const texts = headerRows.map((r) => {
    const line: string[] = [];
    for (let c = view.firstCol; c <= view.lastCol; c++) line.push(cellText(view.shownValue(r, c)).trim());
    return line;
  });
  inheritUnmergedParents(view, headerRows, texts);

  const columns: ColumnHeader[] = [];
  for (let i = 0; i < view.width; i++) {
    const parts: string[] = [];
    for (const line of texts) {
      const text = line[i].replace(/\s+/g, ' ');
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    if (parts.length === 0) continue;
    const child = foldText(parts[parts.length - 1]);
    let parent = foldText(parts.slice(0, -1).join(' › '));
    // «Из них в «Сферуме»» speaks of what the column to its left counts.
    const left = columns[columns.length - 1];
    if (!parent && PART_OF_LEFT.test(child) && left && left.col === view.firstCol + i - 1) parent = left.child;
    const col = view.firstCol + i;
    columns.push({
      col,
      letter: columnLetters(col),
      child,
      parent,
      context,
      childText: meaningText(LEADS_INTO_CHILD.test(parent) ? `${LEADS_INTO_CHILD.exec(parent)![1]} ${child}` : child),
      parentText: parent ? meaningText(parent) : '',
      contextText,
      label: parts.join(' › '),
    });
  }
  return { columns, titles, titleDateCells };
}

/**
 * «Педагоги» written once over three unmerged child cells: each child without
 * a parent of its own takes the nearest parent to its left that has children.
 */
function inheritUnmergedParents(view: SheetView, headerRows: number[], texts: string[][]): void {
  for (let level = 0; level < headerRows.length - 1; level++) {
    const upper = texts[level];
    const lower = texts[level + 1];
    let parent = '';
    for (let i = 0; i < upper.length; i++) {
      const covered = view.merge(headerRows[level], view.firstCol + i) !== null;
      if (upper[i]) parent = !covered && lower[i] && lower[i] !== upper[i] ? upper[i] : '';
      else if (lower[i] && !covered && parent) upper[i] = parent;
      else parent = '';
    }
  }
}
