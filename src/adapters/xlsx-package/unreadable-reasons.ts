import { UNREADABLE_REASON, detectFileKind } from '../xlsx/file-kind';
import { TooLarge } from './limits';

/** One Russian line per way a file is not a workbook we can read. */
export const PACKAGE_REASON = {
  ods: 'это таблица OpenDocument (.ods): откройте её в LibreOffice или Excel и сохраните как «Книга Excel (.xlsx)».',
  xls: 'книга сохранена в старом формате Excel 97–2003 (.xls): откройте её в Excel и сохраните как «Книга Excel (.xlsx)».',
  encrypted: 'книга защищена паролем на открытие: откройте её в Excel, снимите пароль (Файл → Сведения → Защита книги) и сохраните.',
  corrupt: UNREADABLE_REASON.corrupt,
  notWorkbook: 'это архив, но не книга Excel: в нём нет книги с листами.',
  brokenPart: 'книга повреждена: часть её листов не читается. Откройте её в Excel и сохраните заново.',
} as const;

/** Null for a zip (read on), else the reason: empty, text, .xls, encrypted, unknown. */
export function zipKindReason(bytes: Uint8Array): string | null {
  const kind = detectFileKind(bytes);
  if (kind === 'zip') return null;
  if (kind === 'cfb') return isEncryptedPackage(bytes) ? PACKAGE_REASON.encrypted : PACKAGE_REASON.xls;
  return UNREADABLE_REASON[kind];
}

/** An encrypted .xlsx is a compound file holding an «EncryptionInfo» stream (its name in UTF-16). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo';
  const limit = Math.min(bytes.length, 1 << 20) - name.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + k * 2] !== name.charCodeAt(k) || bytes[i + k * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

const MIB = 1024 * 1024;
const count = (n: number) => n.toLocaleString('ru-RU');

export function tooLargeReason(e: TooLarge): string {
  switch (e.kind) {
    case 'part':
      return `часть книги «${e.where}» занимает ${count(Math.round(e.amount / MIB))} МБ в распакованном виде — больше допустимого: разделите книгу на несколько.`;
    case 'total':
      return `книга занимает больше ${count(Math.round(e.amount / MIB))} МБ в распакованном виде: разделите её на несколько.`;
    case 'parts':
      return `в архиве книги ${count(e.amount)} частей — это не похоже на книгу Excel.`;
    case 'cells':
      return `на листе «${e.where}» больше ${count(e.amount - 1)} заполненных ячеек: разделите данные на несколько книг.`;
    case 'area':
      return `данные листа занимают диапазон ${e.where.replace(/^.*!/, '')} (лист «${e.where.replace(/!.*$/, '')}»): удалите лишние ячейки за пределами таблицы и сохраните книгу.`;
    case 'text':
      return `в ячейке ${e.where} текст длиннее ${count(32_767)} символов — Excel столько не хранит: книга повреждена.`;
    case 'encrypted':
      return PACKAGE_REASON.encrypted;
    case 'method':
      return 'книга сжата способом, который Excel не использует: откройте её в Excel и сохраните заново.';
  }
}
