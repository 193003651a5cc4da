import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Figure, figure, mib, ms } from './figures';
import { OUTPUT_DIR, RegionSet } from './region-set';
import { median } from './timing';

const GNU_TIME = '/usr/bin/time';
const GIB = 2 ** 30;

interface CliRun {
  ms: number;
  peakBytes: number;
}

/**
 * Item 2: `roadmap-control check` as a user runs it — a fresh node process
 * reading the book, checking it and writing the checked workbook and
 * report.json (`--letters none`). Peak memory is the process's maximum RSS.
 */
export function benchCli(set: RegionSet, runs: number): Figure[] {
  const samples: CliRun[] = [];
  for (let i = 0; i < runs; i++) samples.push(runCliOnce(set));
  const wall = median(samples.map((s) => s.ms));
  const peak = median(samples.map((s) => s.peakBytes));
  const how = existsSync(GNU_TIME) ? '/usr/bin/time -v' : 'resourceUsage().maxRSS';
  return [
    figure('2', `CLI check + checked workbook, ${set.schools} schools, wall`, ms(wall), { text: '≤ 15 s', ok: wall <= 15_000 }),
    figure('2', `CLI peak memory (max RSS, ${how})`, mib(peak), { text: '≤ 1 GiB', ok: peak <= GIB }),
  ];
}

export function runCliOnce(set: RegionSet): CliRun {
  const out = join(OUTPUT_DIR, `cli-${set.schools}`);
  rmSync(out, { recursive: true, force: true });
  const args = ['check', set.path, '--letters', 'none', '--as-of', '2025-03-03', '--out', out];
  const gnu = existsSync(GNU_TIME);
  const command = gnu ? GNU_TIME : process.execPath;
  const argv = gnu ? ['-v', process.execPath, 'bin/roadmap-control.js', ...args] : [join(__dirname, 'rss-wrapper.js'), ...args];
  const start = process.hrtime.bigint();
  const run = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`roadmap-control check exited with ${run.status}: ${run.stderr}`);
  if (!existsSync(join(out, `region-${set.schools}.checked.xlsx`))) throw new Error(`no checked workbook in ${out}`);
  const kb = gnu ? /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr) : /maxRSS (\d+)/.exec(run.stderr);
  if (!kb) throw new Error(`no peak memory in the output of ${command}`);
  return { ms: elapsed, peakBytes: Number(kb[1]) * 1024 };
}
