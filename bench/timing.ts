/** Wall time of one call in milliseconds. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs `work` `runs` times and keeps the median of each named part: one slow
 * run (another process on a 2-core machine, a GC) does not move a median.
 * With `warmUp`, one more round runs first and is not counted: its figures are
 * the JIT compiling exceljs and the product alike, not either's steady speed.
 */
export async function medianOf<K extends string>(
  runs: number,
  work: () => Promise<Record<K, number>>,
  options: { warmUp?: boolean } = {},
): Promise<Record<K, number>> {
  if (options.warmUp) await work();
  const samples: Record<K, number>[] = [];
  for (let i = 0; i < runs; i++) samples.push(await work());
  const keys = Object.keys(samples[0]) as K[];
  return Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))])) as Record<K, number>;
}
