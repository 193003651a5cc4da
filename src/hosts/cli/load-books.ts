import type { Workbook } from 'exceljs';
import { basename } from 'node:path';
import { readWorkbookGrids } from '../../adapters/xlsx/read-workbook-grids';
import { WorkbookGrids } from '../../core/model/grid';
import { Registry } from '../../core/model/registry';
import { readRegistry } from '../../core/ingest/read-registry';
import { readInputFile } from './read-input-file';
import { UnusableInput } from './unusable-input';

export interface LoadedBook {
  path: string;
  grids: WorkbookGrids;
  workbook: Workbook;
}

/** Reads one .xlsx the user named, or stops the check with the file's name and the reason. */
export async function loadBook(path: string): Promise<LoadedBook> {
  const name = basename(path);
  const read = await readWorkbookGrids(await readInputFile(path, 'Книга'), name);
  if (!read.ok) throw new UnusableInput(`«${name}»: ${read.reason}`);
  return { path, grids: read.book, workbook: read.workbook };
}

/** `--registry FILE.xlsx`: the first sheet with a list of schools (ИНН, names, directors). */
export async function loadRegistry(path: string | null): Promise<Registry | null> {
  if (!path) return null;
  const book = await loadBook(path);
  const read = readRegistry(book.grids);
  if (!read.registry)
    throw new UnusableInput(`справочник «${book.grids.name}»: ${read.diagnostics[0]?.message ?? 'не найден список школ'}`);
  return { ...read.registry, source: book.grids.name };
}
