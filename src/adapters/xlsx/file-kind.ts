/**
 * What a file is, from its first bytes, before exceljs tries it: exceljs's own
 * errors on a password-protected or a .csv file are English stack traces,
 * while the user needs one Russian line saying what to do.
 */
export type FileKind = 'empty' | 'zip' | 'cfb' | 'text' | 'unknown';

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b)) return 'cfb';
  return looksLikeText(bytes) ? 'text' : 'unknown';
}

/** No NUL bytes and few control characters in the first 4 KB: a CSV, a TXT, an HTML "xls". */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control <= n / 100;
}

/** One Russian line per kind of file that is not a readable .xlsx. */
export const UNREADABLE_REASON: Record<Exclude<FileKind, 'zip'> | 'corrupt' | 'unsupported', string> = {
  empty: 'файл пуст (0 байт).',
  cfb: 'файл защищён паролем или сохранён в старом формате Excel 97–2003 (.xls): откройте его в Excel, снимите пароль и сохраните как «Книга Excel (.xlsx)».',
  text: 'это текстовый файл (например, CSV), а не книга Excel: откройте его в Excel и сохраните как «Книга Excel (.xlsx)».',
  unknown: 'это не книга Excel .xlsx: формат файла не распознан.',
  corrupt: 'файл повреждён или это не книга Excel .xlsx: архив книги не читается.',
  unsupported:
    'книга Excel не читается: в ней, вероятно, есть объекты, которые программа пока не поддерживает. Сохраните копию только с листами данных (без сводных таблиц и диаграмм) и проверьте её.',
};
