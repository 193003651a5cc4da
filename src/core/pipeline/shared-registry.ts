import { WorkbookGrids } from '../model/grid';
import { Registry } from '../model/registry';
import { isRegistrySheetName, readRegistrySheet } from '../ingest/read-registry';

/**
 * With several books and no `--registry`, one «Справочник ОО» sheet found in
 * any of them serves every book, so a school is one school across the check
 * (its diagnostics are reported by that book's ingestion).
 */
export function sharedRegistry(books: WorkbookGrids[]): Registry | null {
  if (books.length < 2) return null;
  for (const book of books) {
    for (const grid of book.grids) {
      if (!isRegistrySheetName(grid.sheet)) continue;
      const read = readRegistrySheet(grid);
      if (read.registry) return read.registry;
    }
  }
  return null;
}
