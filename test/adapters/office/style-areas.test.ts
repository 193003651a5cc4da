import { groupHighlights } from '../../../src/adapters/office/highlight-areas';
import { groupStyles } from '../../../src/adapters/office/style-areas';
import { PlannedCell } from '../../../src/core/plan/workbook-plan';

describe('styles and highlights as few areas', () => {
  it('groups styled cells by look, a bold header row as one rectangle, unstyled cells left out', () => {
    const header: PlannedCell[] = ['ОО', 'ИНН', 'Пункт 3.2', 'Пункт 3.3'].map((v) => ({ v, bold: true }));
    const rows: PlannedCell[][] = [
      header,
      [{ v: 'СОШ № 1' }, { v: '3625010776' }, { v: 1, tone: 'good' }, { v: 0.5, tone: 'bad' }],
      [{ v: 'СОШ № 2', wrap: true }, { v: '3625010777' }, { v: 1, tone: 'good' }, { v: 1, tone: 'good' }],
    ];
    const groups = groupStyles(rows).map((g) => [g.look, g.addresses]);
    expect(groups).toEqual([
      [{ tone: null, bold: true, wrap: false }, ['A1:D1']],
      [{ tone: 'good', bold: false, wrap: false }, ['C2:C3,D3']],
      [{ tone: 'bad', bold: false, wrap: false }, ['D2']],
      [{ tone: null, bold: false, wrap: true }, ['A3']],
    ]);
  });

  it('merges the same run of rows in adjacent columns, covering exactly the highlighted cells', () => {
    const cells = ['D4', 'E4', 'F4', 'D5', 'E5', 'F5', 'H4', 'D9'];
    const [group] = groupHighlights(cells.map((cell) => ({ sheet: 'ФГИС МШ', cell, tone: 'bad' as const, note: null })));
    expect(group.addresses).toEqual(['D4:F5,D9,H4']);
  });
});
