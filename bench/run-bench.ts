import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchBundle } from './bundle-bench';
import { benchCli } from './cli-bench';
import { Figure, figureMarkdown, figureTable } from './figures';
import { benchIngestEvaluate } from './ingest-evaluate-bench';
import { benchLetters } from './letters-bench';
import { describeMachine } from './machine';
import { benchOffice } from './office-bench';
import { OUTPUT_DIR, writeRegionSet } from './region-set';

/**
 * `npm run bench [-- --quick]`: the region-scale figures of docs/benchmarks.md,
 * each against its budget. Not a test: nothing fails, the table says ✓ or ✗.
 */
async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const runs = quick ? 1 : 5;
  const schools = quick ? 500 : 5000;
  const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const figures: Figure[] = [];

  progress(`region set: ${schools} schools → ${OUTPUT_DIR}/`);
  const set = await writeRegionSet(schools);
  progress(`1. ingestion + evaluation (${runs} runs)`);
  figures.push(...(await benchIngestEvaluate(set, runs)));
  progress(`2. command line end to end (${runs} runs)`);
  figures.push(...benchCli(set, runs));
  progress('3. letters');
  figures.push(...(await benchLetters(set, quick ? 50 : 500, quick ? 1 : 3)));
  progress('4. Office.js round trips (fake object model)');
  const sizes = quick ? [50, 500] : [50, 500, 5000];
  figures.push(...(await benchOffice(await Promise.all(sizes.map((n) => (n === schools ? set : writeRegionSet(n)))))));
  progress('5. task pane bundle (webpack production build)');
  figures.push(...(await benchBundle()));

  const head = `Machine: ${describeMachine()}\nRuns: median of ${runs}${quick ? ' (--quick: 500 schools, 50 letters; the budgets are for the full sizes)' : ''}`;
  process.stdout.write(`\n${head}\n\n${figureTable(figures)}\n`);
  writeFileSync(join(OUTPUT_DIR, 'figures.md'), `${head}\n\n${figureMarkdown(figures)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
