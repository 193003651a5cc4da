import { Finding } from '../model/finding';
import { parseA1 } from '../model/grid';
import { MonitoringTable } from '../model/monitoring';

/**
 * Which source cells belong to one book. Findings carry a sheet name but no
 * book, and two books may both have a sheet «Лист1»: a cell is this book's
 * when its sheet is one of this book's tables and its row is one of that
 * table's school rows.
 */
export interface BookScope {
  book: string;
  has(sheet: string | null, cell: string | null): boolean;
}

export function bookScope(book: string, tables: MonitoringTable[]): BookScope {
  const rowsBySheet = new Map<string, Set<number>>();
  for (const table of tables) {
    if (table.book !== book) continue;
    const rows = rowsBySheet.get(table.sheet) ?? new Set<number>();
    for (const row of table.rows) rows.add(row.row);
    rowsBySheet.set(table.sheet, rows);
  }
  return {
    book,
    has(sheet, cell) {
      if (sheet === null || cell === null) return false;
      const rows = rowsBySheet.get(sheet);
      if (!rows) return false;
      try {
        return rows.has(parseA1(cell).row);
      } catch {
        return false;
      }
    },
  };
}

/** Findings whose source cell is in this book. */
export function findingsInBook(findings: Finding[], scope: BookScope): Finding[] {
  return findings.filter((f) => scope.has(f.sheet, f.cell));
}
