import { applyPlanInExcel } from '../../../src/adapters/office/apply-plan';
import { openWorkbook } from '../../../src/adapters/office/open-workbook';
import { readGrids } from '../../../src/adapters/office/read-grids';
import { PlannedSheet, WorkbookPlan } from '../../../src/core/plan/workbook-plan';
import { FakeExcel } from './fake-excel';
import { sourceBook } from './source-book';

function summary(rows: PlannedSheet['rows']): PlannedSheet {
  return { name: 'Сводка', rows, columnWidths: [40, 12], freezeRows: 1, merges: [], dataBars: [], tabColor: 'C00000' };
}

const firstRunPlan: WorkbookPlan = {
  sheets: [
    summary([
      [
        { v: 'Образовательная организация', bold: true },
        { v: 'Пункт 3.2', bold: true },
      ],
      [{ v: '=HYPERLINK("http://evil.example","СОШ № 12")' }, { v: 'нет данных', tone: 'bad', link: { sheet: 'ФГИС МШ', cell: 'C3' } }],
      [{ v: '+7 (473) 555-01-02' }, { v: 0.952, numFmt: '0.0%', tone: 'warn' }],
      [{ v: '@школа1' }, { v: '-5' }],
      [{ v: 'Дата' }, { v: 45719, numFmt: 'dd.mm.yyyy' }],
    ]),
  ],
  highlights: [
    { sheet: 'ФГИС МШ', cell: 'C2', tone: 'warn', note: 'не хватает 2 педагогов до 100 %' },
    { sheet: 'ФГИС МШ', cell: 'C3', tone: 'bad', note: 'нет данных' },
  ],
  letterRegister: [
    {
      number: '01-19/1',
      date: '03.03.2025',
      school: 'МБОУ «СОШ № 12»',
      inn: '3625010776',
      items: '3.2',
      file: 'letters/3625010776_СОШ-12_запрос_2025-03-03.docx',
    },
  ],
};

async function check(excel: FakeExcel, plan: WorkbookPlan) {
  const snapshot = await openWorkbook(excel.context);
  const ours = new Set(snapshot.highlights.written);
  const book = await readGrids(excel.context, { ...snapshot, sheets: snapshot.sheets.filter((s) => !ours.has(s.name)) }, 'книга', {
    merges: true,
  });
  return applyPlanInExcel(excel.context, plan, snapshot, book);
}

describe('applying a plan through Office.js', () => {
  it('writes the whole plan in one sync, strings that look like formulas staying text', async () => {
    const excel = sourceBook();
    const result = await check(excel, firstRunPlan);
    expect(result.syncs).toBe(1);
    expect(excel.syncs).toBe(3);

    const cell = (a: string) => excel.cell('Сводка', a)!;
    expect(cell('A2')).toMatchObject({ value: '=HYPERLINK("http://evil.example","СОШ № 12")', formula: null, numberFormat: '@' });
    expect(cell('A3')).toMatchObject({ value: '+7 (473) 555-01-02', formula: null });
    expect(cell('A4')).toMatchObject({ value: '@школа1', formula: null });
    expect(cell('B4')).toMatchObject({ value: '-5', formula: null, numberFormat: '@' });
    expect(cell('B3')).toMatchObject({ value: 0.952, numberFormat: '0.0%' });
    expect(cell('B5')).toMatchObject({ value: 45719, numberFormat: 'dd.mm.yyyy' });
    expect(cell('B2')).toMatchObject({ formula: '=HYPERLINK("#\'ФГИС МШ\'!C3","нет данных")', numberFormat: 'General' });
    expect(cell('B2').props).toEqual({ format: { fill: { color: '#FFC7CE' }, font: { color: '#9C0006' } } });
    expect(cell('A1').props).toEqual({ format: { font: { bold: true } } });
    expect(excel.sheet('Сводка')).toMatchObject({ frozenRows: 1, tabColor: '#C00000' });
    expect(excel.activeSheet).toBe('Сводка');

    // The source cell keeps what the user typed.
    expect(excel.cell('ФГИС МШ', 'A3')!.value).toBe('=HYPERLINK("http://evil.example","СОШ № 12")');
    expect([...excel.highlighted('ФГИС МШ')]).toEqual([
      ['C2', '#FFEB9C'],
      ['C3', '#FFC7CE'],
    ]);
    expect(excel.cell('Реестр писем', 'A1')!.value).toBe('Исх. номер');
    expect(excel.cell('Реестр писем', 'A2')).toMatchObject({ value: '01-19/1', numberFormat: '@' });
  });

  it('draws the planned charts and the change arrows in the same sync', async () => {
    const excel = sourceBook();
    const plan: WorkbookPlan = {
      ...firstRunPlan,
      sheets: [
        {
          ...summary([
            [{ v: 'Пункт' }, { v: 'выполнено' }],
            [{ v: 'п. 3.2' }, { v: 12 }],
            [{ v: 'п. 3.5' }, { v: 7 }],
          ]),
          iconSets: ['B2:B3'],
          charts: [{ kind: 'stackedColumns', title: 'Результаты школ по пунктам дорожной карты', source: 'A1:B3', place: 'D1:K18' }],
        },
      ],
    };
    const result = await check(excel, plan);
    expect(result.syncs).toBe(1);
    expect(excel.sheet('Сводка')!.charts).toEqual([
      {
        type: 'ColumnStacked',
        source: 'A1:B3',
        seriesBy: 'Columns',
        title: 'Результаты школ по пунктам дорожной карты',
        position: ['D1', 'K18'],
      },
    ]);
    const arrows = excel.sheet('Сводка')!.conditionalFormats.find((cf) => cf.type === 'IconSet');
    expect(arrows?.iconSet?.style).toBe('ThreeArrows');
    expect(arrows?.cells.size).toBe(2);
  });

  it('re-running replaces its highlights and sheets and appends to the register without duplicates', async () => {
    const excel = sourceBook();
    await check(excel, firstRunPlan);
    const secondRun: WorkbookPlan = {
      sheets: [summary([[{ v: 'Образовательная организация' }], [{ v: 'МБОУ «СОШ № 1»' }]])],
      highlights: [{ sheet: 'ФГИС МШ', cell: 'C3', tone: 'bad', note: 'нет данных' }],
      letterRegister: [{ number: '01-19/2', date: '10.03.2025', school: 'МБОУ «СОШ № 12»', inn: '3625010776', items: '3.2', file: '' }],
    };
    await check(excel, secondRun);

    expect(excel.sheets.map((s) => s.name)).toEqual(['ФГИС МШ', 'Сводка', 'Реестр писем']);
    expect(excel.cell('Сводка', 'A2')!.value).toBe('МБОУ «СОШ № 1»');
    expect(excel.cell('Сводка', 'B2')).toBeUndefined();
    expect([...excel.highlighted('ФГИС МШ')]).toEqual([['C3', '#FFC7CE']]);
    expect(excel.sheet('ФГИС МШ').conditionalFormats).toHaveLength(1);
    expect(excel.cell('Реестр писем', 'A2')!.value).toBe('01-19/1');
    expect(excel.cell('Реестр писем', 'A3')!.value).toBe('01-19/2');
    expect(excel.cell('Реестр писем', 'A4')).toBeUndefined();
  });

  it('writes one live rule for the short cells of a column, its formula for the topmost of them, and replaces it on a re-run', async () => {
    const excel = sourceBook();
    excel.addSheet('Сферум', [
      ['Наименование ОО', 'Педагогов в Сферуме'],
      ['МБОУ «СОШ № 1»', 2],
      ['МБОУ «СОШ № 12»', 'нет'],
      ['МКОУ «ООШ с. Ивановка»', 1],
      ['МБОУ «Лицей № 7»', 0],
    ]);
    const short = (cell: string) => ({
      sheet: 'Сферум',
      cell,
      tone: 'bad' as const,
      note: 'п. 3.1: не выполнено',
      live: { op: '>=' as const, target: 3 },
    });
    const plan: WorkbookPlan = {
      sheets: [],
      // B3 holds text: a data error, fixed. B2, B4 and B5 are counts short of 3: one live rule over two areas.
      highlights: [short('B2'), { sheet: 'Сферум', cell: 'B3', tone: 'warn', note: 'п. 3.1: ошибка в данных' }, short('B4'), short('B5')],
      letterRegister: [],
    };
    await check(excel, plan);
    const rules = () =>
      excel
        .sheet('Сферум')
        .conditionalFormats.map((cf) => ({ formula: cf.formula, cells: [...cf.cells].sort(), fill: cf.fill }))
        .sort((a, b) => String(a.formula).localeCompare(String(b.formula)));
    const written = [
      { formula: '=NOT(AND(ISNUMBER(B2),B2>=3))', cells: ['1,1', '3,1', '4,1'], fill: '#FFC7CE' },
      { formula: '=TRUE', cells: ['2,1'], fill: '#FFEB9C' },
    ];
    expect(rules()).toEqual(written);

    await check(excel, plan);
    expect(rules()).toEqual(written);
  });

  it('gives an older register the headers of the columns added since, keeping its own captions', async () => {
    const excel = sourceBook();
    // A register written by an earlier version: six columns, one letter.
    excel.addSheet('Реестр писем', [
      ['Исх. номер', 'Дата', 'Образовательная организация', 'ИНН', 'Пункты дорожной карты', 'Файл'],
      ['01-19/1', 45719, 'МБОУ «СОШ № 12»', '3625010776', '3.2', 'letters/3625010776_СОШ-12_запрос_2025-03-03.docx'],
    ]);
    const plan: WorkbookPlan = {
      ...firstRunPlan,
      letterRegister: [
        {
          number: '01-19/2',
          date: '10.03.2025',
          school: 'МБОУ «СОШ № 1»',
          inn: '3625010914',
          items: '3.2',
          file: '',
          deadline: '17.03.2025',
          addressee: 'Директору МБОУ «СОШ № 1» Н.\u00a0И.\u00a0Морозовой',
        },
      ],
    };
    await check(excel, plan);

    expect(excel.cell('Реестр писем', 'G1')!.value).toBe('Срок ответа');
    expect(excel.cell('Реестр писем', 'H1')!.value).toBe('Адресат');
    expect(excel.cell('Реестр писем', 'A1')!.value).toBe('Исх. номер');
    expect(excel.cell('Реестр писем', 'A2')!.value).toBe('01-19/1');
    expect(excel.cell('Реестр писем', 'A3')!.value).toBe('01-19/2');
    expect(excel.cell('Реестр писем', 'H3')!.value).toContain('Морозовой');
  });

  it('leaves a user’s own «Сводка» alone and writes «Сводка (2)» beside it', async () => {
    const excel = sourceBook();
    excel.addSheet('Сводка', [['Мои заметки к совещанию 05.03.2025']]);
    await check(excel, firstRunPlan);
    await check(excel, firstRunPlan);
    expect(excel.sheets.map((s) => s.name)).toEqual(['ФГИС МШ', 'Сводка', 'Сводка (2)', 'Реестр писем']);
    expect(excel.cell('Сводка', 'A1')!.value).toBe('Мои заметки к совещанию 05.03.2025');
  });

  it('splits the write only where one request would pass the limit, each request under 5 MB', async () => {
    const excel = sourceBook();
    const long = 'МБОУ «Средняя общеобразовательная школа № 1 имени Героя Советского Союза»';
    const big: WorkbookPlan = {
      sheets: [
        summary(
          Array.from({ length: 30_000 }, (_, i) => [
            { v: `${long} ${i}`, wrap: true },
            { v: i / 30_000, numFmt: '0.0%', tone: 'good' as const },
          ]),
        ),
      ],
      highlights: [],
      letterRegister: [],
    };
    const result = await check(excel, big);
    expect(result.syncs).toBeGreaterThan(1);
    expect(Math.max(...excel.requestBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(excel.cell('Сводка', 'A30000')!.value).toBe(`${long} 29999`);
  });
});
