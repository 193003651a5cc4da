import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchBundle } from './bundle-bench';
import { benchCli } from './cli-bench';
import { Figure, figureMarkdown, figureTable } from './figures';
import { benchHeaderCorpus } from './header-corpus-bench';
import { benchIngestEvaluate } from './ingest-evaluate-bench';
import { benchLetters } from './letters-bench';
import { describeMachine } from './machine';
import { benchOffice } from './office-bench';
import { benchPackage } from './package-bench';
import { benchPane } from './pane-bench';
import { OUTPUT_DIR, writeRegionSet } from './region-set';

/**
 * `npm run bench [-- --quick]`: the region-scale figures of docs/benchmarks.md,
 * each against its budget. Not a test: nothing fails, the table says ✓ or ✗.
 */
async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const runs = quick ? 1 : 5;
  const schools = quick ? 500 : 5000;
  // `--only 1,3`: just those sections, for working on one budget at a time.
  const onlyArg = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const only = onlyArg ? new Set(onlyArg.split(',')) : null;
  const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
  const figures: Figure[] = [];

  progress(`region set: ${schools} schools → ${OUTPUT_DIR}/`);
  const set = await writeRegionSet(schools);
  const section = async (title: string, number: string, work: () => Promise<Figure[]> | Figure[]) => {
    if (only && !only.has(number)) return;
    progress(title);
    try {
      figures.push(...(await work()));
    } catch (error) {
      // One broken section (someone's work in progress) must not hide the other figures.
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
      figures.push({ section: number, name: `${title}: failed`, value: reason, budget: '', ok: false });
    }
  };
  await section(`1. ingestion + evaluation (${runs} runs)`, '1', () => benchIngestEvaluate(set, runs));
  await section(`2. command line end to end (${runs} runs)`, '2', () => benchCli(set, runs));
  // 1,360 letters: what 2,000 schools' monitoring drafts; one run (LibreOffice alone takes minutes).
  await section('3. letters', '3', () => benchLetters(set, quick ? 50 : 1360, 1));
  await section('4. Office.js round trips (fake object model)', '4', async () => {
    const sizes = quick ? [50, 500] : [50, 500, 5000];
    return benchOffice(await Promise.all(sizes.map((n) => (n === schools ? set : writeRegionSet(n)))));
  });
  await section('5. task pane bundle (webpack production build)', '5', () => benchBundle());
  await section('6. header corpus', '6', () => benchHeaderCorpus());
  await section('7. checked workbook at 500, 5,000 and 30,000 schools', '7', async () => {
    const sizes = quick ? [500, 5000] : [500, 5000, 30000];
    const sets = [];
    // One at a time: a 30,000-school set is large, and only one is needed at once.
    for (const n of sizes) sets.push(n === schools ? set : await writeRegionSet(n));
    return benchPackage(sets, quick ? 1 : 3);
  });
  await section('8. task pane in chromium (last region end-to-end run)', '8', () => benchPane());

  const head = `Machine: ${describeMachine()}\nRuns: median of ${runs}${quick ? ' (--quick: 500 schools, 50 letters; the budgets are for the full sizes)' : ''}`;
  process.stdout.write(`\n${head}\n\n${figureTable(figures)}\n`);
  writeFileSync(join(OUTPUT_DIR, 'figures.md'), `${head}\n\n${figureMarkdown(figures)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
