import { benchCli } from './cli-bench';
import { benchLetters } from './letters-bench';
import { benchIngestEvaluate } from './ingest-evaluate-bench';
import { describeMachine } from './machine';
import { Figure, figureTable } from './figures';
import { writeRegionSet } from './region-set';

async function main(argv: string[]): Promise<void> {
  const quick = argv.includes('--quick');
  const runs = quick ? 1 : 5;
  const schools = quick ? 500 : 5000;
  const figures: Figure[] = [];
  const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);
  progress(`region set: ${schools} schools`);
  const set = await writeRegionSet(schools);
  progress('1. ingestion + evaluation');
  figures.push(...(await benchIngestEvaluate(set, runs)));
  progress('2. command line end to end');
  figures.push(...benchCli(set, runs));
  progress('3. letters');
  figures.push(...(await benchLetters(set, quick ? 50 : 500, quick ? 1 : 3)));
  process.stdout.write(`Machine: ${describeMachine()}\nRuns: median of ${runs}${quick ? ' (--quick)' : ''}\n\n${figureTable(figures)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
