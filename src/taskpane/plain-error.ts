/**
 * Whatever went wrong, the user reads one plain Russian sentence. Our own
 * errors are already Russian; Office.js errors carry an English code we
 * translate for the common cases.
 */
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel занят редактированием ячейки: нажмите Enter или Esc и повторите.',
  ItemNotFound: 'Лист или диапазон, который ожидала надстройка, пропал из книги: запустите проверку заново.',
  AccessDenied: 'Книга защищена от изменений: снимите защиту листов или книги и повторите.',
  RequestPayloadSizeLimitExceeded: 'Книга слишком велика для одной записи в Excel в Интернете: откройте её в Excel на компьютере.',
};

export function plainError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (OFFICE_CODES[code]) return OFFICE_CODES[code];
  const message = error instanceof Error ? error.message : String(error);
  return /[А-Яа-яЁё]/.test(message)
    ? message
    : `Не удалось выполнить действие (${message || 'неизвестная ошибка'}). Повторите или сообщите администратору.`;
}
