import { WorkbookGrids } from '../../core/model/grid';
import { portableCodec } from '../xlsx-package/portable-codec';
import { OpenedBook, openBook } from '../xlsx-package/read-book';

export type ReadWorkbookResult =
  | { ok: true; book: WorkbookGrids; opened: OpenedBook }
  /** One Russian line: what is wrong with the file and what to do. */
  | { ok: false; reason: string };

/**
 * Reads an .xlsx or .xlsm from bytes (Node or browser: no fs) into grids, keeping the opened
 * package so the checked copy is made from the same file. The command line passes Node's
 * zlib to openBook itself; this entry inflates with fflate and runs anywhere.
 */
export async function readWorkbookGrids(data: Uint8Array | ArrayBuffer, name: string): Promise<ReadWorkbookResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const read = openBook(bytes, name, portableCodec);
  return read.ok ? { ok: true, book: read.opened.book, opened: read.opened } : read;
}
