import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus, scoreCorpus } from '../test/core/ingest/corpus/score-corpus';
import { Figure, figure } from './figures';

/** Item 6: how well column headers worded as real exports word them are read (the corpus the tests keep). */
export function benchHeaderCorpus(): Figure[] {
  const text = readFileSync(join(process.cwd(), 'test', 'core', 'ingest', 'corpus', 'header-corpus.tsv'), 'utf8');
  const score = scoreCorpus(readCorpus(text));
  const accuracy = (100 * score.correct) / score.total;
  const harmful = score.wrongSure.length + score.measureForNonMeasure.length;
  return [
    figure('6', `header corpus read right (${score.correct} of ${score.total})`, `${accuracy.toFixed(1)} %`, {
      text: '≥ 98 %',
      ok: accuracy >= 98,
    }),
    figure('6', 'wrong measures marked sure + non-measures read as measures', String(harmful), { text: '0', ok: harmful === 0 }),
  ];
}
