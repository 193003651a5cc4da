/**
 * Whatever went wrong, the user reads one plain Russian sentence, the same in
 * the pane and after a ribbon command. Our own errors are already Russian;
 * Office.js errors carry an English code, translated here for the cases
 * people meet.
 */
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel занят редактированием ячейки: нажмите Enter или Esc и повторите.',
  ItemNotFound: 'Лист или диапазон, который ожидала надстройка, пропал из книги: запустите проверку заново.',
  AccessDenied: 'Книга защищена от изменений: снимите защиту листов или книги и повторите.',
  RequestPayloadSizeLimitExceeded: 'Книга слишком велика для одной записи в Excel в Интернете: откройте её в Excel на компьютере.',
  ResponsePayloadSizeLimitExceeded:
    'Книга слишком велика, чтобы прочитать её за раз в Excel в Интернете: откройте её в Excel на компьютере.',
  GeneralException: 'Excel не смог выполнить действие: сохраните книгу, закройте и откройте её снова, затем повторите.',
  InvalidArgument: 'Excel отказался принять данные надстройки: запустите проверку заново; если не поможет, сообщите администратору.',
  Conflict: 'Книгу одновременно меняет кто-то ещё: дождитесь окончания правки и повторите.',
  RequestAborted: 'Excel прервал действие: повторите его.',
  ActivityLimitReached: 'Excel временно ограничил действия надстройки: подождите минуту и повторите.',
  ApiNotFound: 'Эта версия Excel не поддерживает нужную функцию: обновите Excel или откройте книгу в Excel в Интернете.',
  Unauthenticated: 'Excel просит войти в учётную запись заново: войдите и повторите.',
  EditModeCellEditInProgress: 'Excel занят редактированием ячейки: нажмите Enter или Esc и повторите.',
};

export function plainError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (OFFICE_CODES[code]) return OFFICE_CODES[code];
  const message =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null && 'message' in error
        ? String((error as { message: unknown }).message)
        : String(error);
  return /[А-Яа-яЁё]/.test(message)
    ? message
    : `Не удалось выполнить действие (${message || 'неизвестная ошибка'}). Повторите или сообщите администратору.`;
}
