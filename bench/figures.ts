/** One measured figure; `ok` is null for figures that have no budget (context for the others). */
export interface Figure {
  section: string;
  name: string;
  value: string;
  budget: string;
  ok: boolean | null;
}

export function figure(section: string, name: string, value: string, budget?: { text: string; ok: boolean }): Figure {
  return { section, name, value, budget: budget?.text ?? '', ok: budget ? budget.ok : null };
}

export const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

/** The figures as one plain-text table: section, figure, value, budget, ✓/✗ (blank when there is no budget). */
export function figureTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.section, f.name, f.value, f.budget, f.ok === null ? '' : f.ok ? '✓' : '✗']);
  const header = ['#', 'figure', 'value', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown, for docs/benchmarks.md. */
export function figureMarkdown(figures: readonly Figure[]): string {
  const rows = figures.map((f) => `| ${f.section} | ${f.name} | ${f.value} | ${f.budget} | ${f.ok === null ? '' : f.ok ? '✓' : '✗'} |`);
  return ['| # | figure | value | budget | |', '|---|---|---|---|---|', ...rows].join('\n');
}
