/** Said by the ribbon and the pane alike; a module of its own so the pane's first load does not bring the ribbon's check. */
export const OLD_EXCEL_MESSAGE =
  'Эта версия Excel не поддерживает нужные надстройке функции (ExcelApi 1.9). Обновите Excel (Microsoft 365, Excel 2021 или новее) или откройте книгу в Excel в Интернете.';
