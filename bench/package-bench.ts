import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCliOnce } from './cli-bench';
import { Figure, figure, mib, ms } from './figures';
import { RegionSet } from './region-set';
import { median } from './timing';

const MIB = 2 ** 20;

/** One floor in a fresh process (floor-probe.ts): its wall time including node's start, as the command line's. */
function floor(kind: 'exceljs' | 'sax', set: RegionSet): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(__dirname, 'floor-probe.js'), kind, set.path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`floor ${kind} failed: ${run.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The checked workbook at region scale: `roadmap-control check --letters none` end to end at
 * each size, against exceljs readFile of the same file and a bare unzip + SAX pass (the floor).
 * Budgets: 5,000 schools ≤ 2× the exceljs read and ≤ 450 MiB; 30,000 ≤ 30 s and ≤ 1 GiB.
 */
export function benchPackage(sets: readonly RegionSet[], runs: number): Figure[] {
  const figures: Figure[] = [];
  for (const set of sets) {
    const cli = Array.from({ length: runs }, () => runCliOnce(set));
    const wall = median(cli.map((c) => c.ms));
    const peak = median(cli.map((c) => c.peakBytes));
    const exceljs = median(Array.from({ length: runs }, () => floor('exceljs', set)));
    const sax = median(Array.from({ length: runs }, () => floor('sax', set)));
    const ratio = wall / exceljs;
    const n = set.schools.toLocaleString('en-US');
    const at5k = set.schools === 5000;
    const at30k = set.schools === 30000;
    figures.push(
      figure(
        '7',
        `${n} schools: check + checked workbook, wall (${(wall / set.schools).toFixed(2)} ms/school)`,
        ms(wall),
        at30k ? { text: '≤ 30 s', ok: wall <= 30_000 } : undefined,
      ),
      figure(
        '7',
        `${n} schools: ratio to exceljs readFile (${ms(exceljs)})`,
        `${ratio.toFixed(2)}×`,
        at5k ? { text: '≤ 2×', ok: ratio <= 2 } : undefined,
      ),
      figure('7', `${n} schools: ratio to unzip + SAX floor (${ms(sax)})`, `${(wall / sax).toFixed(2)}×`),
      figure(
        '7',
        `${n} schools: peak memory (max RSS)`,
        mib(peak),
        at5k ? { text: '≤ 450 MiB', ok: peak <= 450 * MIB } : at30k ? { text: '≤ 1 GiB', ok: peak <= 1024 * MIB } : undefined,
      ),
    );
  }
  return figures;
}
