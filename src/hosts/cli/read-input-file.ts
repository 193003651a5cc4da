import { open } from 'node:fs/promises';
import { constants } from 'node:fs';
import { basename } from 'node:path';
import { UnusableInput } from './unusable-input';

/** Larger than any workbook a department sends: past it the file is refused before it is read. */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/**
 * Reads a file the user named; a missing or unreadable one is a one-line reason, not a stack
 * trace. Only a regular file is read: /dev/zero or a FIFO would never end, a folder is no book.
 * It is opened without blocking (a FIFO with no writer would hang the open itself).
 */
export async function readInputFile(path: string, what: string): Promise<Uint8Array> {
  try {
    const file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = await file.stat();
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      if (!info.isFile())
        throw new UnusableInput(`${what} «${basename(path)}»: это не файл (устройство или канал), такой файл не читается.`);
      if (info.size > MAX_INPUT_BYTES)
        throw new UnusableInput(
          `${what} «${basename(path)}»: файл больше ${MAX_INPUT_BYTES / 1024 / 1024 / 1024} ГБ — разделите книгу на несколько.`,
        );
      return new Uint8Array(await file.readFile());
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof UnusableInput) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'файл не найден'
        : code === 'EISDIR'
          ? 'это папка, а не файл'
          : code === 'EACCES'
            ? 'нет прав на чтение'
            : 'файл не читается';
    throw new UnusableInput(`${what} «${basename(path)}»: ${why}.`);
  }
}

/** A JSON file the user named: its parsed content, or a one-line reason. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  const text = new TextDecoder('utf-8').decode(await readInputFile(path, what)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch {
    throw new UnusableInput(`${what} «${basename(path)}»: это не JSON (проверьте скобки, кавычки и запятые).`);
  }
}
