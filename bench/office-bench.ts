import { Workbook } from 'exceljs';
import { RibbonHost, checkCommand } from '../src/commands/ribbon-commands';
import { worksheetGrid } from '../src/adapters/xlsx/worksheet-grid';
import { Grid, a1 } from '../src/core/model/grid';
import { FakeExcel } from '../test/adapters/office/fake-excel';
import { Figure, figure, mib } from './figures';
import { RegionSet } from './region-set';

const MAX_SYNCS = 3;
const MAX_REQUEST = 5 * 2 ** 20;

interface RoundTrips {
  syncs: number;
  largestRequest: number;
}

/**
 * Item 4: the ribbon's «Проверить» (the whole check: open, read every sheet,
 * check, write the plan, the register and the settings) against the fake
 * object model of the add-in's tests, which counts context.sync() calls and
 * the bytes queued before each. The first check and a re-run of the same
 * workbook (which also removes the first run's highlights and sheets).
 */
export async function benchOffice(sets: RegionSet[]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const set of sets) {
    const { excel, readResponse } = await seededExcel(set);
    const first = await checkInExcel(excel);
    const rerun = await checkInExcel(excel);
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
      figure('4', `read response (values + formats), ${set.schools} schools`, mib(readResponse)),
    );
  }
  return figures;
}

async function checkInExcel(excel: FakeExcel): Promise<RoundTrips> {
  const before = excel.syncs;
  const firstRequest = excel.requestBytes.length;
  const notices: string[] = [];
  const host: RibbonHost = {
    run: (batch) => batch(excel.context),
    isSetSupported: (name, version) => name === 'ExcelApi' && ['1.9', '1.13'].includes(version),
    today: () => '2025-03-04',
    bookName: () => 'region.xlsx',
    notify: (message) => notices.push(message),
  };
  await checkCommand(host);
  if (notices.length > 0) throw new Error(`«Проверить» said: ${notices.join(' ')}`);
  return { syncs: excel.syncs - before, largestRequest: Math.max(...excel.requestBytes.slice(firstRequest)) };
}

/** The region workbook's sheets, cell for cell, as a user's open workbook in Excel. */
async function seededExcel(set: RegionSet): Promise<{ excel: FakeExcel; readResponse: number }> {
  const workbook = new Workbook();
  await workbook.xlsx.load(set.bytes as never);
  const excel = new FakeExcel();
  let readResponse = 0;
  for (const grid of workbook.worksheets.map(worksheetGrid)) {
    excel.addSheet(grid.sheet, grid.values, {
      origin: a1(grid.originRow, grid.originCol),
      numberFormats: grid.numberFormats,
      merges: grid.merges.map((m) => mergeAddress(m)),
      hidden: grid.hidden,
    });
    // What the read sync brings back for this sheet: its used range's values ("" for empty) and number formats.
    readResponse += Buffer.byteLength(JSON.stringify(grid.values.map((r) => r.map((v) => v ?? ''))) + JSON.stringify(grid.numberFormats));
  }
  return { excel, readResponse };
}

function mergeAddress(m: Grid['merges'][number]): string {
  return `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`;
}
