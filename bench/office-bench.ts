import { Workbook } from 'exceljs';
import { applyPlanInExcel } from '../src/adapters/office/apply-plan';
import { openWorkbook } from '../src/adapters/office/open-workbook';
import { readGrids } from '../src/adapters/office/read-grids';
import { worksheetGrid } from '../src/adapters/xlsx/worksheet-grid';
import { Grid, a1 } from '../src/core/model/grid';
import { runCheck } from '../src/core/pipeline/run-check';
import { getPreset } from '../src/core/roadmap/presets';
import { FakeExcel } from '../test/adapters/office/fake-excel';
import { Figure, figure, mb } from './figures';
import { RegionSet } from './region-set';

const MAX_SYNCS = 3;
const MAX_REQUEST = 5 * 2 ** 20;

interface RoundTrips {
  syncs: number;
  largestRequest: number;
  /** The read's answer: every sheet's values and number formats as JSON. */
  readResponse: number;
}

/**
 * Item 4: a whole check in Excel through the Office.js adapter, against the
 * fake object model of the add-in's tests (it counts context.sync() calls and
 * the bytes queued before each). The first check and a re-run (which also
 * removes the first run's highlights and sheets) of the same workbook.
 */
export async function benchOffice(sets: RegionSet[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const set of sets) {
    const excel = await seededExcel(set);
    const first = await checkInExcel(excel);
    const rerun = await checkInExcel(excel);
    const syncs = Math.max(first.syncs, rerun.syncs);
    const largest = Math.max(first.largestRequest, rerun.largestRequest);
    figures.push(
      figure('4', `Office.js syncs per check, ${set.schools} schools (first / re-run)`, `${first.syncs} / ${rerun.syncs}`, {
        text: `≤ ${MAX_SYNCS}`,
        ok: syncs <= MAX_SYNCS,
      }),
      figure('4', `largest request, ${set.schools} schools`, mb(largest), { text: '≤ 5 MB', ok: largest <= MAX_REQUEST }),
      figure('4', `read response (values + formats), ${set.schools} schools`, mb(first.readResponse)),
    );
  }
  return figures;
}

/** Open (sync 1), read every sheet (sync 2), check, apply the plan (sync 3, more only past 5 MB). */
async function checkInExcel(excel: FakeExcel): Promise<RoundTrips> {
  const before = excel.syncs;
  const firstRequest = excel.requestBytes.length;
  const snapshot = await openWorkbook(excel.context);
  const book = await readGrids(excel.context, snapshot, 'region.xlsx', { merges: true });
  const result = runCheck({
    books: [book],
    roadmap: getPreset('municipal-2025')!,
    registry: null,
    mapping: [],
    asOf: null,
    today: '2025-03-04',
  });
  await applyPlanInExcel(excel.context, result.books[0].plan, snapshot, book);
  const readResponse = book.grids.reduce(
    (sum, g) => sum + Buffer.byteLength(JSON.stringify(g.values.map((r) => r.map((v) => v ?? ''))) + JSON.stringify(g.numberFormats)),
    0,
  );
  return { syncs: excel.syncs - before, largestRequest: Math.max(...excel.requestBytes.slice(firstRequest)), readResponse };
}

/** The region workbook's sheets, cell for cell, as a user's open workbook in Excel. */
async function seededExcel(set: RegionSet): Promise<FakeExcel> {
  const workbook = new Workbook();
  await workbook.xlsx.load(set.bytes as never);
  const excel = new FakeExcel();
  for (const grid of workbook.worksheets.map(worksheetGrid)) {
    excel.addSheet(grid.sheet, grid.values, {
      origin: a1(grid.originRow, grid.originCol),
      numberFormats: grid.numberFormats,
      merges: grid.merges.map((m) => mergeAddress(m)),
      hidden: grid.hidden,
    });
  }
  return excel;
}

function mergeAddress(m: Grid['merges'][number]): string {
  return `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
}
