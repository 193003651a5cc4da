import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { checkedWorkbookBytes } from '../../../src/adapters/xlsx/checked-workbook';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read-workbook-grids';
import { writeWorkbook } from '../../../src/adapters/xlsx/write-workbook';
import { runCheck } from '../../../src/core/pipeline/run-check';
import { getPreset } from '../../../src/core/roadmap/presets';

/** A department's «Сферум» workbook: three rounds pasted as sheets, the registry beside them. */
async function roundsBook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const registry = wb.addWorksheet('Справочник ОО');
  registry.addRows([
    ['Наименование ОО', 'ИНН', 'ФИО директора'],
    ['МБОУ «СОШ № 1»', '3625010008', 'Ковальчук Ирина Николаевна'],
    ['МБОУ «СОШ № 12»', '3625010776', 'Головко Сергей Петрович'],
  ]);
  const rounds: [string, number, number][] = [
    ['06.03', 30, 45],
    ['20.03', 36, 50],
    ['03.04', 38, 48],
  ];
  for (const [date, first, second] of rounds) {
    const ws = wb.addWorksheet(`Сферум ${date}`);
    ws.addRows([
      [`Мониторинг ИКОП «Сферум» по состоянию на ${date}.2025`],
      ['№', 'Образовательная организация', 'ИНН', 'Педагогов всего', 'Педагогов зарегистрировано'],
      [1, 'МБОУ СОШ № 1', '3625010008', 40, first],
      [2, 'МБОУ СОШ № 12', '3625010776', 50, second],
    ]);
  }
  return writeWorkbook(wb);
}

async function checkedBook(): Promise<{ bytes: Uint8Array; zip: JSZip }> {
  const read = await readWorkbookGrids(await roundsBook(), 'Сферум 2025.xlsx');
  if (!read.ok) throw new Error(read.reason);
  const result = runCheck({
    books: [read.book],
    roadmap: getPreset('municipal-2025')!,
    registry: null,
    mapping: [],
    asOf: null,
    today: '2025-11-23',
  });
  const bytes = await checkedWorkbookBytes(read.opened, result.books[0]!.plan);
  return { bytes, zip: await JSZip.loadAsync(bytes) };
}

async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return zip.file(`xl/${target!.replace(/^\/?xl\//, '')}`)!.async('string');
}

describe('«Динамика» and the change since the previous round in the checked workbook', () => {
  it('writes a «Динамика» sheet with the share of schools per round and arrows for the change', async () => {
    const { bytes, zip } = await checkedBook();
    const again = await readWorkbookGrids(bytes, 'Сферум 2025.checked.xlsx');
    if (!again.ok) throw new Error(again.reason);
    const dynamics = await sheetXml(zip, 'Динамика');
    expect(dynamics).toMatch(/<cfRule type="iconSet"[^>]*><iconSet iconSet="3Arrows"/);
    // Read back through exceljs: the rows a specialist reads.
    const wb = new Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    const ws = wb.getWorksheet('Динамика')!;
    const registered = [] as (string | number | null)[][];
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1) as (string | number | null)[];
      if (values[2] === 'Доля педагогов, зарегистрированных в ИКОП «Сферум»')
        registered.push([values[4]!, values[5]!, values[6]!, values[7] ?? null]);
    });
    // 06.03: nobody at 100 %; 20.03: СОШ № 12 (50 of 50); 03.04: nobody again.
    expect(registered).toEqual([
      [0, 2, 0, null],
      [1, 2, 0.5, 50],
      [0, 2, 0, -50],
    ]);
  });

  it('adds «Изменение с прошлого раунда» to «Сводка» with arrows', async () => {
    const { zip } = await checkedBook();
    const summary = await sheetXml(zip, 'Сводка');
    expect(summary).toContain('3Arrows');
    // Our text is written inline: the user's shared strings part stays as it was.
    expect(summary).toContain('Изменение с прошлого раунда');
  });
});

describe('native charts in the checked .xlsx', () => {
  async function withCharts(): Promise<{ bytes: Uint8Array; zip: JSZip }> {
    const read = await readWorkbookGrids(await roundsBook(), 'Сферум 2025.xlsx');
    if (!read.ok) throw new Error(read.reason);
    const result = runCheck({
      books: [read.book],
      roadmap: getPreset('municipal-2025')!,
      registry: null,
      mapping: [],
      asOf: null,
      today: '2025-11-23',
    });
    const bytes = await checkedWorkbookBytes(read.opened, result.books[0]!.plan);
    return { bytes, zip: await JSZip.loadAsync(bytes) };
  }

  it('adds a stacked-column chart to «Сводка» and a line chart per indicator to «Динамика», over the sheet’s own cells', async () => {
    const { zip } = await withCharts();
    const charts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const xml = await Promise.all(charts.map((p) => zip.file(p)!.async('string')));
    const bar = xml.find((x) => x.includes('<c:barChart>'))!;
    expect(bar).toContain('<c:grouping val="stacked"/>');
    expect(bar).toContain('Результаты школ по пунктам дорожной карты');
    expect(bar).toMatch(/<c:f>'Сводка'!\$A\$\d+(:\$A\$\d+)?<\/c:f>/);
    const line = xml.find((x) => x.includes('<c:lineChart>'))!;
    expect(line).toMatch(/<c:f>'Динамика'!\$B\$\d+:\$B\$\d+<\/c:f>/);
    expect(line).toContain('Доля педагогов, зарегистрированных в ИКОП «Сферум»');
    const summary = await sheetXml(zip, 'Сводка');
    expect(summary).toMatch(/<drawing r:id="rId\d+"\/>/);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const p of charts) expect(types).toContain(`PartName="/${p}"`);
  });

  it('opens in exceljs again with every source value as it was', async () => {
    const { bytes } = await withCharts();
    const again = await readWorkbookGrids(bytes, 'checked.xlsx');
    if (!again.ok) throw new Error(again.reason);
    const source = await readWorkbookGrids(await roundsBook(), 'source.xlsx');
    if (!source.ok) throw new Error(source.reason);
    for (const grid of source.book.grids) expect(again.book.grids.find((g) => g.sheet === grid.sheet)?.values).toEqual(grid.values);
  });
});
