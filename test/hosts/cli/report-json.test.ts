import { reportJson } from '../../../src/hosts/cli/report-json';

describe('report.json written in pieces', () => {
  it('is byte for byte what JSON.stringify with two spaces writes', () => {
    const report = {
      asOf: '2025-03-03',
      roadmap: 'municipal-2025',
      schools: [
        { name: 'МБОУ «СОШ № 1»', inn: null, findings: [{ item: '3.2', value: 85.7, nested: { a: [1, 2] } }] },
        { name: 'x', findings: [] },
      ],
      letters: [],
      diagnostics: [{ severity: 'info', message: 'строка\nс переносом' }],
      skipped: undefined,
      empty: {},
    };
    expect([...reportJson(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect([...reportJson({})].join('')).toBe(`${JSON.stringify({}, null, 2)}\n`);
  });

  it('stays byte for byte the same past one batch of elements, holes and empty values included', () => {
    const schools = Array.from({ length: 600 }, (_, i) => ({
      name: `МКОУ «ООШ с. Сосновка-${i}»`,
      inn: i % 7 === 0 ? null : String(3625000000 + i),
      findings: i % 5 === 0 ? [] : [{ item: '2.4', value: i / 3, target: 100, cell: `E${i + 4}`, unit: '%' }],
    }));
    const report = { asOf: '2025-03-03', schools: [...schools, undefined, [], {}], mapping: { 'ФГИС МШ': { B: 'name' } } };
    expect([...reportJson(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
