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
});
