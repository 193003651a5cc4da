import { applyPlanInExcel } from '../../../src/adapters/office/apply-plan';
import { openWorkbook } from '../../../src/adapters/office/open-workbook';
import { readGrids } from '../../../src/adapters/office/read-grids';
import { PlannedSheet, WorkbookPlan } from '../../../src/core/plan/workbook-plan';
import { FakeExcel, REQUEST_LIMIT } from './fake-excel';
import { sourceBook } from './source-book';

const long = 'МБОУ «Средняя общеобразовательная школа № 1 имени Героя Советского Союза»';

/**
 * Excel's 5 MB request limit and the adapter's budget, both at a tenth, with a tenth of the rows:
 * the same plan-to-limit ratio as a region's «Сводка» (30,000 rows, ~7 MB cell by cell) in a tenth
 * of the time. The real limit at region size is ribbon-large-books.scale.test.ts's.
 */
const LIMIT = REQUEST_LIMIT / 10;
const ROWS = 3_000;
const LAST = ROWS + 2;

/** A «Сводка» of ROWS rows: written cell by cell it passes LIMIT, so the direct write would take several requests. */
function bigSummary(label: string): PlannedSheet {
  return {
    name: 'Сводка',
    rows: [
      [
        { v: 'Образовательная организация', bold: true },
        { v: 'Доля', bold: true },
        { v: 'Источник', bold: true },
      ],
      [
        { v: '=HYPERLINK("http://evil.example","СОШ № 12")' },
        { v: '+7 (473) 555-01-02' },
        { v: 'нет данных', tone: 'bad', link: { sheet: 'ФГИС МШ', cell: 'C3' } },
      ],
      ...Array.from({ length: ROWS }, (_, i) => [
        { v: `${long} ${label}${i}`, wrap: true },
        { v: i / ROWS, numFmt: '0.0%', tone: 'good' as const },
      ]),
    ],
    columnWidths: [40, 12, 20],
    freezeRows: 1,
    merges: [`A${LAST + 8}:B${LAST + 8}`],
    dataBars: [`B3:B${LAST}`],
    tabColor: 'C00000',
  };
}

function bigPlan(label: string, number: string): WorkbookPlan {
  return {
    sheets: [
      bigSummary(label),
      { ...bigSummary(label), name: 'Нарушения', rows: bigSummary(label).rows.slice(0, 100), merges: [], dataBars: [] },
    ],
    highlights: [
      { sheet: 'ФГИС МШ', cell: 'C2', tone: 'warn', note: null },
      { sheet: 'ФГИС МШ', cell: 'C3', tone: 'bad', note: null },
    ],
    letterRegister: [{ number, date: '03.03.2025', school: '=МБОУ «СОШ № 12»', inn: '3625010776', items: '3.2', file: 'letters/a.docx' }],
  };
}

async function check(excel: FakeExcel, plan: WorkbookPlan, insertSheets = true) {
  excel.requestLimit = LIMIT;
  const snapshot = await openWorkbook(excel.context);
  const ours = new Set(snapshot.highlights.written);
  const book = await readGrids(excel.context, { ...snapshot, sheets: snapshot.sheets.filter((s) => !ours.has(s.name)) }, 'книга', {
    merges: true,
  });
  const requestsBefore = excel.requestBytes.length;
  const result = await applyPlanInExcel(excel.context, plan, snapshot, book, { insertSheets, budgetBytes: Math.floor(LIMIT * 0.8) });
  return { result, requests: excel.requestBytes.slice(requestsBefore) };
}

describe('a plan too large for one direct request, inserted as an .xlsx (ExcelApi 1.13)', () => {
  it('is one write request under the limit, where the direct write of the same plan takes several', async () => {
    const direct = await check(sourceBook(), bigPlan('', '01-19/1'), false);
    expect(direct.result.syncs).toBeGreaterThan(1);

    const excel = sourceBook();
    const inserted = await check(excel, bigPlan('', '01-19/1'));
    expect(inserted.result.syncs).toBe(1);
    expect(inserted.requests).toHaveLength(1);
    expect(inserted.requests[0]).toBeLessThan(LIMIT);
    expect(excel.bytesByAction.get('insertWorksheetsFromBase64')).toBeGreaterThan(0);
    expect(excel.bytesByAction.get('setCellProperties') ?? 0).toBe(0);
  });

  it('carries values, text that looks like a formula, links, styles, formats, merges, widths, frozen header and data bars', async () => {
    const excel = sourceBook();
    await check(excel, bigPlan('', '01-19/1'));
    const cell = (a: string) => excel.cell('Сводка', a)!;
    expect(cell('A2')).toMatchObject({ value: '=HYPERLINK("http://evil.example","СОШ № 12")', formula: null });
    expect(cell('B2')).toMatchObject({ value: '+7 (473) 555-01-02', formula: null });
    expect(cell('C2')).toMatchObject({ value: 'нет данных', formula: '=HYPERLINK("#\'ФГИС МШ\'!C3","нет данных")' });
    expect(cell('C2').props).toMatchObject({ format: { fill: { color: '#FFC7CE' }, font: { color: '#9C0006' } } });
    expect(cell('A1').props).toEqual({ format: { font: { bold: true } } });
    expect(cell(`A${LAST}`)).toMatchObject({ value: `${long} ${ROWS - 1}` });
    expect(cell(`A${LAST}`).props).toEqual({ format: { wrapText: true } });
    expect(cell(`B${LAST}`)).toMatchObject({ value: (ROWS - 1) / ROWS, numberFormat: '0.0%' });
    const summary = excel.sheet('Сводка');
    expect(summary).toMatchObject({ frozenRows: 1, tabColor: '#C00000', merges: [`A${LAST + 8}:B${LAST + 8}`] });
    expect(summary.columnWidths.get(0)).toBe(Math.round(40 * 5.7));
    expect(summary.conditionalFormats.map((cf) => [cf.type, cf.cells.size])).toEqual([['DataBar', ROWS]]);
    expect(excel.activeSheet).toBe('Сводка');
    // The register did not exist: it came in the file, the last tab, its text as text.
    expect(excel.sheets.map((s) => s.name)).toEqual(['ФГИС МШ', 'Сводка', 'Нарушения', 'Реестр писем']);
    expect(excel.cell('Реестр писем', 'A1')!.value).toBe('Исх. номер');
    expect(excel.cell('Реестр писем', 'C2')).toMatchObject({ value: '=МБОУ «СОШ № 12»', formula: null });
    // Highlights are still conditional formats over the user's cells, whose values stay.
    expect([...excel.highlighted('ФГИС МШ')]).toEqual([
      ['C2', '#FFEB9C'],
      ['C3', '#FFC7CE'],
    ]);
    expect(excel.cell('ФГИС МШ', 'A3')!.value).toBe('=HYPERLINK("http://evil.example","СОШ № 12")');
  });

  it('a re-run replaces the inserted sheets and highlights, appends to the register in place, duplicates nothing', async () => {
    const excel = sourceBook();
    await check(excel, bigPlan('', '01-19/1'));
    const second = await check(excel, bigPlan('второй ', '01-19/2'));
    expect(second.result.syncs).toBe(1);
    expect(Math.max(...second.requests)).toBeLessThan(LIMIT);
    expect(excel.sheets.map((s) => s.name)).toEqual(['ФГИС МШ', 'Сводка', 'Нарушения', 'Реестр писем']);
    expect(excel.cell('Сводка', 'A3')!.value).toBe(`${long} второй 0`);
    expect(excel.sheet('ФГИС МШ').conditionalFormats).toHaveLength(2);
    expect(excel.cell('Реестр писем', 'A2')!.value).toBe('01-19/1');
    expect(excel.cell('Реестр писем', 'A3')).toMatchObject({ value: '01-19/2', numberFormat: '@' });
    expect(excel.cell('Реестр писем', 'A4')).toBeUndefined();
  });

  it('a plan that fits one request is still written directly, with no .xlsx to build', async () => {
    const excel = sourceBook();
    const small: WorkbookPlan = { ...bigPlan('', '01-19/1'), sheets: [{ ...bigSummary(''), rows: bigSummary('').rows.slice(0, 50) }] };
    const { result } = await check(excel, small);
    expect(result.syncs).toBe(1);
    expect(excel.bytesByAction.has('insertWorksheetsFromBase64')).toBe(false);
    expect(excel.cell('Сводка', 'A2')).toMatchObject({ numberFormat: '@', formula: null });
  });
});
