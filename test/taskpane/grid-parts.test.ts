import { Grid } from '../../src/core/model/grid';
import { GridInbox, gridParts } from '../../src/taskpane/worker/grid-parts';

function grid(sheet: string, rows: number, width: number): Grid {
  return {
    sheet,
    values: Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => (c === 0 ? `Школа ${r}` : r * c))),
    numberFormats: Array.from({ length: rows }, () => Array.from({ length: width }, () => 'General')),
    originRow: 3,
    originCol: 2,
    merges: [{ top: 1, left: 2, bottom: 1, right: 5 }],
    hidden: sheet === 'Реестр',
  };
}

describe('the read grids posted to the worker in slices', () => {
  it('come back whole and in order, each slice bounded, an empty sheet included', () => {
    const book = {
      name: 'Мониторинг.xlsx',
      grids: [grid('ФГИС МШ', 1000, 12), { ...grid('Пустой', 0, 0), numberFormats: [] }, grid('Реестр', 7, 8)],
    };
    const parts = [...gridParts(book, 1200)];
    expect(Math.max(...parts.map((p) => p.values.length * (p.values[0]?.length ?? 0)))).toBeLessThanOrEqual(1200);
    expect(parts.length).toBeGreaterThan(10);
    const inbox = new GridInbox();
    inbox.start(book.name);
    for (const part of parts) inbox.add(structuredClone(part));
    expect(inbox.take()).toEqual(book);
  });

  it('a slice without the start of its sheet is refused in plain words', () => {
    const inbox = new GridInbox();
    inbox.start('книга');
    expect(() => inbox.add({ sheet: 0, head: null, values: [[1]], numberFormats: [['General']] })).toThrow(
      /Листы книги переданы не полностью/,
    );
  });
});
