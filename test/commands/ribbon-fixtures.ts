import { readWorkbookGrids } from '../../src/adapters/xlsx/read-workbook-grids';
import { RibbonHost } from '../../src/commands/ribbon-commands';
import { Grid, WorkbookGrids, a1 } from '../../src/core/model/grid';
import { makeSampleWorkbook } from '../../src/hosts/cli/samples/make-samples';
import { FakeExcel } from '../adapters/office/fake-excel';

export function fakeOf(grids: Grid[]): FakeExcel {
  const excel = new FakeExcel();
  for (const g of grids) {
    excel.addSheet(g.sheet, g.values, {
      origin: a1(g.originRow, g.originCol),
      numberFormats: g.numberFormats,
      merges: g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
      hidden: g.hidden,
    });
  }
  return excel;
}

/** The bundled sample's layout at N schools, loaded into the fake as Excel would hold it. */
export async function sampleInFake(schools: number): Promise<FakeExcel> {
  return fakeOf((await sampleGrids(schools)).grids);
}

/**
 * Building and reading the sample takes seconds at 2,000 schools: each size is
 * built once per test file, and every test gets a fresh fake workbook of it.
 */
const built = new Map<number, Promise<WorkbookGrids>>();
function sampleGrids(schools: number): Promise<WorkbookGrids> {
  if (!built.has(schools)) {
    built.set(
      schools,
      makeSampleWorkbook(schools).then(async (bytes) => {
        const read = await readWorkbookGrids(bytes, 'мониторинг.xlsx');
        if (!read.ok) throw new Error(read.reason);
        return read.book;
      }),
    );
  }
  return built.get(schools)!;
}

export function host(excel: FakeExcel, supported = ['1.9', '1.13']): RibbonHost & { notices: string[]; results: string[] } {
  const notices: string[] = [];
  const results: string[] = [];
  return {
    notices,
    results,
    done: (m) => results.push(m),
    run: (batch) => batch(excel.context),
    isSetSupported: (name, version) => name === 'ExcelApi' && supported.includes(version),
    today: () => '2025-03-05',
    bookName: () => 'мониторинг.xlsx',
    notify: (m) => notices.push(m),
  };
}
