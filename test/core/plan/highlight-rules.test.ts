import { FIXED_RULE, highlightRules } from '../../../src/core/plan/highlight-rules';
import { Highlight } from '../../../src/core/plan/workbook-plan';

const short = (cell: string, target = 0): Highlight => ({
  sheet: 'РИС ЭШ',
  cell,
  tone: 'bad',
  note: 'п. 2.4: не выполнено',
  live: { op: '=', target },
});
const fewer = (cell: string, target: number): Highlight => ({
  sheet: 'РИС ЭШ',
  cell,
  tone: 'bad',
  note: 'п. 3.1: не выполнено',
  live: { op: '>=', target },
});
const fixed = (cell: string): Highlight => ({ sheet: 'РИС ЭШ', cell, tone: 'bad', note: 'п. 2.4: не представлено' });

describe('highlight rules', () => {
  it('gives the short cells of a column one live rule, written for the topmost cell, whatever the gaps', () => {
    const rules = highlightRules([short('D9'), short('D5'), short('D6'), short('F4'), short('D12'), short('F7')]);
    expect(rules).toEqual([
      { sheet: 'РИС ЭШ', tone: 'bad', ranges: ['D5:D6', 'D9', 'D12'], formula: 'NOT(AND(ISNUMBER(D5),D5=0))' },
      { sheet: 'РИС ЭШ', tone: 'bad', ranges: ['F4', 'F7'], formula: 'NOT(AND(ISNUMBER(F4),F4=0))' },
    ]);
  });

  it('keeps apart live rules of different targets and the fixed highlights', () => {
    const rules = highlightRules([fewer('E5', 3), short('E6'), fewer('E8', 5), fixed('E7'), fixed('G7'), fewer('E9', 3)]);
    expect(rules.map((r) => [r.ranges.join(' '), r.formula])).toEqual([
      ['E5 E9', 'NOT(AND(ISNUMBER(E5),E5>=3))'],
      ['E6', 'NOT(AND(ISNUMBER(E6),E6=0))'],
      ['E8', 'NOT(AND(ISNUMBER(E8),E8>=5))'],
      ['E7 G7', FIXED_RULE],
    ]);
  });

  it('splits a region’s column into rules of one address each, every one written for its own topmost cell', () => {
    // Every other row of 5,000 schools is short: 2,500 single cells in column D.
    const rules = highlightRules(Array.from({ length: 2500 }, (_, i) => short(`D${5 + 2 * i}`)));
    expect(rules.length).toBeGreaterThan(5);
    expect(rules.length).toBeLessThan(30);
    for (const rule of rules) {
      expect(rule.ranges.join(',').length).toBeLessThanOrEqual(2000);
      expect(rule.formula).toBe(`NOT(AND(ISNUMBER(${rule.ranges[0]}),${rule.ranges[0]}=0))`);
    }
    expect(rules.flatMap((r) => r.ranges)).toEqual(Array.from({ length: 2500 }, (_, i) => `D${5 + 2 * i}`));
  });
});
