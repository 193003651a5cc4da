import { formatLetterDate, formatLongRuDate } from '../../../src/core/letters/russian-text';
import { todayLocal } from '../../../src/hosts/today';

const NBSP = '\u00A0';

describe('dates in words in a letter («3 марта 2025 г.»)', () => {
  it('words every month in the genitive, as in a date, with no-break spaces before the month and «г.»', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatLongRuDate(`2026-${String(i + 1).padStart(2, '0')}-01`));
    expect(months.map((m) => m.split(NBSP)[1].split(' ')[0])).toEqual([
      'января',
      'февраля',
      'марта',
      'апреля',
      'мая',
      'июня',
      'июля',
      'августа',
      'сентября',
      'октября',
      'ноября',
      'декабря',
    ]);
    expect(formatLongRuDate('2026-11-22')).toBe(`22${NBSP}ноября 2026${NBSP}г.`);
  });

  it('writes the day without a leading zero and never in quotes', () => {
    expect(formatLetterDate('2025-03-03', 'long')).toBe(`3${NBSP}марта 2025${NBSP}г.`);
    expect(formatLetterDate('2025-03-03', 'numeric')).toBe('03.03.2025');
  });
});

describe('today as the host reads it', () => {
  it('is the local calendar date, not the UTC one', () => {
    expect(todayLocal(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(todayLocal(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
