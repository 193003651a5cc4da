import { Workbook } from 'exceljs';
import { nodeCodec } from '../src/adapters/xlsx-package/node-codec';
import { openBook } from '../src/adapters/xlsx-package/read-book';
import { evaluate } from '../src/core/evaluate/evaluate';
import { ingestWorkbook } from '../src/core/ingest/ingest-workbook';
import { WorkbookGrids } from '../src/core/model/grid';
import { runCheck } from '../src/core/pipeline/run-check';
import { getPreset } from '../src/core/roadmap/presets';
import { Figure, figure, ms } from './figures';
import { RegionSet } from './region-set';
import { medianOf, timed } from './timing';

const AS_OF = '2025-03-03';

/**
 * Item 1: what the product adds to the unavoidable parse. exceljs loading the
 * bytes is the floor every .xlsx host pays; the product's own work is turning
 * sheets into grids, ingestion and evaluation (and, for context, planning).
 */
export async function benchIngestEvaluate(set: RegionSet, runs: number): Promise<Figure[]> {
  const roadmap = getPreset('municipal-2025')!;
  let findings = 0;
  let sheets = 0;
  const t = await medianOf(
    runs,
    async () => {
      const workbook = new Workbook();
      const load = await timed(() => workbook.xlsx.load(set.bytes as never));
      // The grids as the command line reads them: straight from the package (the exceljs load above is the reference).
      const grids = await timed((): WorkbookGrids => {
        const read = openBook(set.bytes, 'region.xlsx', nodeCodec);
        if (!read.ok) throw new Error(read.reason);
        return read.opened.book;
      });
      const ingest = await timed(() => ingestWorkbook(grids.value, { roadmap, registry: null, mapping: [] }));
      const { tables, registry } = ingest.value;
      const evaluation = await timed(() => evaluate({ roadmap, registry, tables, asOf: ingest.value.asOf ?? AS_OF, previous: null }));
      const whole = await timed(() => runCheck({ books: [grids.value], roadmap, registry: null, mapping: [], asOf: null, today: AS_OF }));
      findings = evaluation.value.findings.length;
      sheets = tables.length;
      return { load: load.ms, grids: grids.ms, ingest: ingest.ms, evaluate: evaluation.ms, runCheck: whole.ms };
      // The command line's cold start is in item 2; here both sides are measured warm.
    },
    { warmUp: true },
  );
  const product = t.ingest + t.evaluate;
  const share = product / t.load;
  const s = `${set.schools} schools`;
  return [
    figure('1', `exceljs reads the ${set.schools}-school workbook (the floor)`, ms(t.load)),
    figure('1', 'worksheets → grids (xlsx adapter)', ms(t.grids)),
    figure('1', `ingestion (${sheets} tables)`, ms(t.ingest)),
    figure('1', 'evaluation', ms(t.evaluate)),
    figure('1', `ingestion + evaluation, ${s}`, ms(product), { text: '≤ 1 s', ok: product <= 1000 }),
    figure('1', 'ingestion + evaluation ÷ exceljs read', `${(share * 100).toFixed(1)} %`, { text: '≤ 25 %', ok: share <= 0.25 }),
    figure('1', `findings per second (${findings} findings)`, `${Math.round(findings / (product / 1000)).toLocaleString('en-US')} /s`),
    figure('1', 'runCheck whole (ingest + evaluate + plan)', ms(t.runCheck)),
  ];
}
