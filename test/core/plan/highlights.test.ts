import { Finding, FindingStatus } from '../../../src/core/model/finding';
import { BookScope } from '../../../src/core/plan/book-scope';
import { buildHighlights } from '../../../src/core/plan/highlights';

/** The book's tables: «РИС ЭШ» rows 4–6 and «Сферум» rows 5–6 are school rows. */
const SCOPE: BookScope = {
  book: 'Мониторинг.xlsx',
  has: (sheet, cell) =>
    (sheet === 'РИС ЭШ' && /^[A-Z]+[4-6]$/.test(cell ?? '')) || (sheet === 'Сферум' && /^[A-Z]+[5-6]$/.test(cell ?? '')),
};

function finding(
  item: string,
  indicatorId: string,
  status: FindingStatus,
  sheet: string | null,
  cell: string | null,
  value: number | null,
  target: number | null,
): Finding {
  return {
    schoolId: 'inn:3625010008',
    item,
    indicatorId,
    indicator: indicatorId,
    status,
    value,
    target,
    unit: null,
    shortfall: null,
    deadline: null,
    sheet,
    cell,
    detail: null,
    comparison: null,
  };
}

const KINDS: Record<string, string> = { 'lessons-without-mark': 'count_zero', homework: 'share_at_least', teachers: 'count_at_least' };

describe('highlights of the source cells', () => {
  const highlights = buildHighlights(
    [
      finding('2.4', 'lessons-without-mark', 'not_met', 'РИС ЭШ', 'D4', 3, 0),
      finding('3.1', 'teachers', 'not_met', 'Сферум', 'E5', 12, 15),
      finding('2.4', 'homework', 'met', 'РИС ЭШ', 'E4', 100, 100),
      // The same cell read again by another indicator (a headcount both share).
      finding('3.2', 'teachers', 'missing', 'Сферум', 'E5', null, 15),
      finding('2.4', 'lessons-without-mark', 'not_due', 'РИС ЭШ', 'D5', 1, 0),
      finding('2.4', 'lessons-without-mark', 'not_met', 'РИС ЭШ', 'D9', 2, 0),
      finding('2.5', 'homework', 'no_data', null, null, null, 100),
      finding('2.4', 'lessons-without-mark', 'not_met', 'РИС ЭШ', 'D6', 1, 0),
    ],
    SCOPE,
    (id) => KINDS[id],
  );

  it('gives one highlight per cell, in the order the findings first name them', () => {
    expect(highlights.map((h) => `${h.sheet}!${h.cell}`)).toEqual(['РИС ЭШ!D4', 'Сферум!E5', 'РИС ЭШ!E4', 'РИС ЭШ!D6']);
  });

  it('leaves not yet due cells, cells outside the tables and findings without a cell as the user made them', () => {
    expect(highlights.find((h) => h.cell === 'D5' || h.cell === 'D9')).toBeUndefined();
  });

  it('makes a count that must be zero a live comparison, so a corrected cell loses its highlight', () => {
    expect(highlights[0]).toEqual({ sheet: 'РИС ЭШ', cell: 'D4', tone: 'bad', note: 'п. 2.4: не выполнено', live: { op: '=', target: 0 } });
    expect(highlights[3].live).toEqual({ op: '=', target: 0 });
    expect(highlights[2]).toEqual({ sheet: 'РИС ЭШ', cell: 'E4', tone: 'good', note: 'п. 2.4: выполнено' });
  });

  it('gives a cell read by two indicators the worse tone, both reasons and a fixed rule', () => {
    expect(highlights[1].tone).toBe('bad');
    expect(highlights[1].note).toBe('п. 3.1: не выполнено; п. 3.2: не представлено');
    expect(highlights[1]).not.toHaveProperty('live');
  });
});
