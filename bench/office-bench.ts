import { RibbonHost, ribbonCheck } from '../src/commands/ribbon-commands';
import { nodeCodec } from '../src/adapters/xlsx-package/node-codec';
import { openBook } from '../src/adapters/xlsx-package/read-book';
import { Grid, a1 } from '../src/core/model/grid';
import { FakeExcel } from '../test/adapters/office/fake-excel';
import { Figure, figure, mib } from './figures';
import { RegionSet } from './region-set';

const MAX_SYNCS = 3;
const MAX_REQUEST = 5 * 2 ** 20;

interface RoundTrips {
  syncs: number;
  largestRequest: number;
  /** The largest answer Excel accepted (what the loads of a sync bring back, as the fake measures it). */
  largestResponse: number;
  /** Answers past 5 MB: Excel on the web refuses them and the adapter reads again in row blocks. */
  refusedResponses: number;
}

/**
 * Item 4: the ribbon's «Проверить» (the whole check: open, read every sheet,
 * check, write the plan, the register and the settings) against the fake
 * object model of the add-in's tests, which counts context.sync() calls and
 * the bytes queued before each and brought back by each. The first check and a re-run of the same
 * workbook (which also removes the first run's highlights and sheets).
 */
export async function benchOffice(sets: RegionSet[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const set of sets) {
    const excel = await seededExcel(set);
    const first = await checkInExcel(excel);
    const rerun = await checkInExcel(excel);
    // The same book on a host without ExcelApi 1.13: no .xlsx insert, the plan is written cell by cell.
    const older = await seededExcel(set);
    const olderFirst = await checkInExcel(older, ['1.9']);
    const olderRerun = await checkInExcel(older, ['1.9']);
    const syncs = Math.max(first.syncs, rerun.syncs);
    const largest = Math.max(first.largestRequest, rerun.largestRequest);
    figures.push(
      figure('4', `Office.js syncs per check, ${set.schools} schools (first / re-run)`, `${first.syncs} / ${rerun.syncs}`, {
        text: `≤ ${MAX_SYNCS}`,
        ok: syncs <= MAX_SYNCS,
      }),
      figure(
        '4',
        `largest request, ${set.schools} schools (first / re-run)`,
        `${mib(first.largestRequest)} / ${mib(rerun.largestRequest)}`,
        {
          text: '≤ 5 MiB',
          ok: largest <= MAX_REQUEST,
        },
      ),
      figure(
        '4',
        `largest response, ${set.schools} schools (first / re-run)`,
        `${mib(first.largestResponse)} / ${mib(rerun.largestResponse)}${refusals(first.refusedResponses + rerun.refusedResponses)}`,
      ),
      figure(
        '4',
        `without ExcelApi 1.13 (direct write), ${set.schools} schools: syncs, largest request (first / re-run)`,
        `${olderFirst.syncs} / ${olderRerun.syncs}, ${mib(olderFirst.largestRequest)} / ${mib(olderRerun.largestRequest)}`,
      ),
    );
  }
  return figures;
}

async function checkInExcel(excel: FakeExcel, excelApi = ['1.9', '1.13']): Promise<RoundTrips> {
  const before = excel.syncs;
  const firstRequest = excel.requestBytes.length;
  const firstResponse = excel.responseBytes.length;
  const notices: string[] = [];
  const host: RibbonHost = {
    run: (batch) => batch(excel.context),
    isSetSupported: (name, version) => name === 'ExcelApi' && excelApi.includes(version),
    today: () => '2025-03-04',
    bookName: () => 'region.xlsx',
    notify: (message) => notices.push(message),
  };
  await ribbonCheck(host);
  if (notices.length > 0) throw new Error(`«Проверить» said: ${notices.join(' ')}`);
  const responses = excel.responseBytes.slice(firstResponse);
  return {
    syncs: excel.syncs - before,
    largestRequest: Math.max(...excel.requestBytes.slice(firstRequest)),
    largestResponse: Math.max(...responses.filter((b) => b <= MAX_REQUEST)),
    refusedResponses: responses.filter((b) => b > MAX_REQUEST).length,
  };
}

function refusals(count: number): string {
  return count === 0 ? '' : ` (${count} past 5 MiB refused, read again in blocks)`;
}

/** The region workbook's sheets, cell for cell, as a user's open workbook in Excel. */
async function seededExcel(set: RegionSet): Promise<FakeExcel> {
  const read = openBook(set.bytes, set.path, nodeCodec);
  if (!read.ok) throw new Error(read.reason);
  const excel = new FakeExcel();
  for (const grid of read.opened.book.grids) {
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
