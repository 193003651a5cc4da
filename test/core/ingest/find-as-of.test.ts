import { findAsOf } from '../../../src/core/ingest/find-as-of';

const asOf = (titles: string[], sheetName = 'Лист1', titleDateCells: string[] = []) => findAsOf({ sheetName, titles, titleDateCells });

describe('the monitoring date of a table', () => {
  it('is read from «по состоянию на» and «на 3 марта 2025 г.»', () => {
    expect(asOf(['Мониторинг регистрации', 'по состоянию на 03.03.2025'])).toBe('2025-03-03');
    expect(asOf(['Использование ИКОП «Сферум» на 3 марта 2025 г.'])).toBe('2025-03-03');
  });

  it('is the end of a period', () => {
    expect(asOf(['за период с 24.02.2025 по 28.02.2025'])).toBe('2025-02-28');
  });

  it('prefers the title over the sheet name, and the sheet name over a date cell', () => {
    expect(asOf(['по состоянию на 03.03.2025'], 'ФГИС МШ 17.02.2025')).toBe('2025-03-03');
    expect(asOf(['Мониторинг'], 'ФГИС МШ 17.02.2025', ['2025-02-10'])).toBe('2025-02-17');
    expect(asOf(['Мониторинг'], 'Лист1', ['2025-02-10'])).toBe('2025-02-10');
  });

  it('is not the date of an order', () => {
    expect(asOf(['Приложение к приказу от 10.01.2025 № 6'])).toBeNull();
    expect(asOf(['Приложение к приказу от 10.01.2025 № 6', 'Мониторинг 03.03.2025'])).toBe('2025-03-03');
  });
});
