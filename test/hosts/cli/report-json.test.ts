import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportJson } from '../../../src/hosts/cli/report-json';
import { StagedOutput } from '../../../src/hosts/cli/staged-output';

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

describe('a large text file staged piece by piece', () => {
  it('is the pieces in order, whether short ones are gathered or long ones written as they are', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staged-chunks-'));
    const staged = await StagedOutput.open(join(dir, 'out'));
    // Short literal text between batches of schools (long, Cyrillic, one exactly at the 64 K threshold).
    const pieces = [
      '{',
      '\n  "schools": [',
      'Ю'.repeat(70_000),
      ',\n',
      'я'.repeat(65_536),
      '',
      'ё'.repeat(65_535),
      ...Array(3000).fill('«»'),
      '\n}\n',
    ];
    await staged.writeChunks('report.json', pieces);
    // Nothing is in place before the run commits.
    expect(readdirSync(join(dir, 'out'))).toEqual([expect.stringMatching(/^\.report\.json\.[0-9a-f]+\.tmp$/)]);
    await staged.commit();
    expect(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).toBe(pieces.join(''));
    expect(readdirSync(join(dir, 'out'))).toEqual(['report.json']);
    rmSync(dir, { recursive: true, force: true });
  });
});
