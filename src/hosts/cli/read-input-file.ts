import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UnusableInput } from './unusable-input';

/** Reads a file the user named; a missing or unreadable one is a one-line reason, not a stack trace. */
export async function readInputFile(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
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
