/**
 * A fake of the parts of the Excel object model the add-in uses. It behaves
 * like Office.js where it matters to the adapter:
 * - loaded properties are readable only after context.sync() (reading earlier throws);
 * - every queued write is serialised and its size counted per sync, and a
 *   sync whose request passes 5 MB fails as Excel on the web fails;
 * - `values` are parsed like typing: "=…" becomes a formula and "001" a
 *   number unless the cell's number format is text ('@');
 * - `insertWorksheetsFromBase64` (ExcelApi 1.13) counts the base64 string in
 *   the request and, at the sync, parses the .xlsx with exceljs into sheets.
 */
/* eslint-disable @typescript-eslint/no-this-alias --
   the proxies are object literals whose own `this` is the proxy; `fake` names the workbook model. */
import { Workbook } from 'exceljs';
import { a1, parseA1 } from '../../../src/core/model/grid';

export const REQUEST_LIMIT = 5 * 1024 * 1024;

type Raw = string | number | boolean;
interface Cell {
  value: Raw | null;
  formula: string | null;
  numberFormat: string;
  props: unknown;
}
export interface FakeConditionalFormat {
  type: string;
  cells: Set<string>;
  formula: string | null;
  fill: string | null;
  font: string | null;
  /** An icon set's style and criteria, when the format is one. */
  iconSet?: { style: string | null; criteria: unknown };
}
export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, Cell>;
  merges: string[];
  conditionalFormats: FakeConditionalFormat[];
  tabColor: string | null;
  frozenRows: number;
  columnWidths: Map<number, number>;
  charts: FakeChart[];
  validations: FakeValidation[];
  /** Cell address → note text. */
  notes: Map<string, string>;
}
export interface FakeValidation {
  address: string;
  rule: unknown;
  errorAlert: unknown;
  prompt: unknown;
}
export interface FakeChart {
  type: string;
  source: string;
  seriesBy: string;
  title: string | null;
  position: [string, string | undefined] | null;
}

function notLoaded(what: string): never {
  throw new Error(`PropertyNotLoaded: ${what} was read before load() and sync()`);
}

/** 0-based box. */
interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
function boxOf(address: string): Box {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  return { r0: a.row - 1, c0: a.col - 1, r1: b.row - 1, c1: b.col - 1 };
}
const key = (r: number, c: number) => `${r},${c}`;
const boxAddress = (b: Box) =>
  b.r0 === b.r1 && b.c0 === b.c1 ? a1(b.r0 + 1, b.c0 + 1) : `${a1(b.r0 + 1, b.c0 + 1)}:${a1(b.r1 + 1, b.c1 + 1)}`;

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: string | null = null;
  syncs = 0;
  /** Bytes of each sync's request, in order. */
  readonly requestBytes: number[] = [];
  private pendingBytes = 0;
  /** Bytes queued per kind of action over the fake's life: where a request's size goes. */
  readonly bytesByAction = new Map<string, number>();
  /** A host that refuses what is asked of a missing sheet's null object (the sync fails) instead of giving null objects. */
  refuseNullObjectChains = false;
  /**
   * A host that refuses inserted workbooks (a policy against
   * insertWorksheetsFromBase64). Excel runs a batch up to the failing action:
   * the fake throws as the insert is queued, so what would follow never happens.
   */
  refuseInserts = false;
  /** Excel on the web's response limit; a test lowers it to see a read split further. */
  responseLimit = REQUEST_LIMIT;
  /** Excel on the web's request limit; a test lowers it (with the adapter's budget) to try a large plan at a tenth of its size. */
  requestLimit = REQUEST_LIMIT;
  /** Bytes each sync brought back (loaded values and formats), in order. */
  readonly responseBytes: number[] = [];
  private loaders: (() => number | void)[] = [];
  /** Inserted workbooks are parsed when the request is sent (exceljs reads asynchronously). */
  private inserts: (() => Promise<void>)[] = [];
  readonly context: Excel.RequestContext;

  constructor() {
    const fake = this;
    this.context = {
      workbook: this.workbookApi(),
      sync: async () => fake.sync(),
    } as unknown as Excel.RequestContext;
  }

  /** Seeds a sheet from rows of values (row 1 first), as a user's workbook would hold them. */
  addSheet(
    name: string,
    rows: (Raw | null)[][],
    options: { merges?: string[]; numberFormats?: string[][]; origin?: string; hidden?: boolean } = {},
  ): FakeSheet {
    const sheet = this.newSheet(name);
    const origin = options.origin ? boxOf(options.origin) : { r0: 0, c0: 0, r1: 0, c1: 0 };
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        sheet.cells.set(key(origin.r0 + r, origin.c0 + c), {
          value: v,
          formula: null,
          numberFormat: options.numberFormats?.[r]?.[c] || 'General',
          props: null,
        });
      }),
    );
    sheet.merges = options.merges ?? [];
    if (options.hidden) sheet.visibility = 'Hidden';
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** What the cell holds, and whether Excel would treat it as a formula. */
  cell(sheet: string, address: string): Cell | undefined {
    const { row, col } = parseA1(address);
    return this.sheet(sheet).cells.get(key(row - 1, col - 1));
  }

  /** Cells a conditional format of this sheet colours, with the fill colour. */
  highlighted(sheet: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const cf of this.sheet(sheet).conditionalFormats) {
      if (cf.type !== 'Custom' || cf.formula === null) continue;
      for (const k of cf.cells) {
        const [r, c] = k.split(',').map(Number);
        out.set(a1(r + 1, c + 1), cf.fill ?? '');
      }
    }
    return out;
  }

  private newSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet: FakeSheet = {
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      conditionalFormats: [],
      tabColor: null,
      frozenRows: 0,
      columnWidths: new Map(),
      charts: [],
      validations: [],
      notes: new Map(),
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * Reads an inserted .xlsx as Excel would: strings stay text, formulas stay
   * formulas, styles become the cell's properties, merges, widths (points),
   * frozen rows, tab colour and data bars carried over. A sheet asked for and
   * missing from the file fails the sync, as Excel does.
   */
  private async fillInserted(base64: string, targets: FakeSheet[]): Promise<void> {
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(base64, 'base64') as never);
    for (const target of targets) {
      const ws = book.getWorksheet(target.name);
      if (!ws) throw Object.assign(new Error(`no sheet ${target.name} in the inserted file`), { code: 'InvalidArgument' });
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const raw = cell.value as unknown;
          const isFormula = typeof raw === 'object' && raw !== null && 'formula' in raw;
          const result = isFormula ? ((raw as { result?: unknown }).result ?? null) : raw;
          // exceljs reads a date-formatted number as a Date; Excel holds the serial number.
          const value = result instanceof Date ? result.getTime() / 86_400_000 + 25_569 : result;
          target.cells.set(key(r - 1, c - 1), {
            // Rich text does not occur in our sheets; a plain value or null is what the tests compare.
            value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null,
            formula: isFormula ? `=${(raw as { formula: string }).formula}` : null,
            numberFormat: cell.numFmt || 'General',
            props: insertedProps(cell.style),
          });
        }),
      );
      target.merges = [...((ws.model as { merges?: string[] }).merges ?? [])];
      (ws.columns ?? []).forEach((col, i) => {
        if (col.width) target.columnWidths.set(i, Math.round(col.width * 5.7));
      });
      const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
      target.frozenRows = view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
      const tab = (ws.properties as { tabColor?: { argb?: string } }).tabColor?.argb;
      target.tabColor = tab ? `#${tab.slice(2)}` : null;
      const formats =
        (ws as unknown as { conditionalFormattings?: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings ?? [];
      for (const cf of formats) {
        for (const rule of cf.rules) {
          const cells = new Set<string>();
          for (const area of cf.ref.split(/[ ,]+/)) this.each(boxOf(area), (r, c) => cells.add(key(r, c)));
          target.conditionalFormats.push({
            type: rule.type === 'dataBar' ? 'DataBar' : rule.type,
            cells,
            formula: null,
            fill: null,
            font: null,
          });
        }
      }
    }
  }

  private queue(action: string, data: unknown = null): void {
    const bytes = Buffer.byteLength(JSON.stringify({ action, data }), 'utf8');
    this.pendingBytes += bytes;
    this.bytesByAction.set(action, (this.bytesByAction.get(action) ?? 0) + bytes);
  }

  private onSync(load: () => number | void): void {
    this.queue('load');
    this.loaders.push(load);
  }

  private async sync(): Promise<void> {
    this.syncs++;
    this.requestBytes.push(this.pendingBytes);
    const bytes = this.pendingBytes;
    this.pendingBytes = 0;
    const loaders = this.loaders;
    this.loaders = [];
    const inserts = this.inserts;
    this.inserts = [];
    if (bytes > this.requestLimit)
      throw Object.assign(new Error(`${bytes} bytes in one request`), { code: 'RequestPayloadSizeLimitExceeded' });
    for (const insert of inserts) await insert();
    // A response has the same 5 MB limit in Excel on the web: what the loads bring back.
    const response = loaders.reduce((sum, load) => sum + (load() ?? 0), 0);
    this.responseBytes.push(response);
    if (response > this.responseLimit)
      throw Object.assign(new Error(`${response} bytes in one response`), { code: 'ResponsePayloadSizeLimitExceeded' });
  }

  private workbookApi() {
    const fake = this;
    return {
      worksheets: {
        _items: null as unknown[] | null,
        load() {
          fake.onSync(() => {
            this._items = fake.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
          });
          return this;
        },
        get items() {
          return this._items ?? notLoaded('worksheets.items');
        },
        getItem(name: string) {
          return fake.worksheetApi(name);
        },
        /** A missing sheet gives a null object; what is asked of it (its used range) is a null object too. */
        getItemOrNullObject(name: string) {
          const exists = () => fake.sheets.some((s) => s.name === name);
          fake.queue('getItemOrNullObject', name);
          let loaded = false;
          const sheet = {
            load() {
              fake.onSync(() => void (loaded = true));
              return sheet;
            },
            get isNullObject() {
              return loaded ? !exists() : notLoaded('worksheet.isNullObject');
            },
            getUsedRangeOrNullObject(valuesOnly = false) {
              if (fake.refuseNullObjectChains)
                fake.onSync(() => {
                  if (!exists()) throw Object.assign(new Error(`no sheet ${name}`), { code: 'ItemNotFound' });
                });
              return fake.usedRangeApi(name, valuesOnly, exists);
            },
          };
          return sheet;
        },
        add(name: string) {
          fake.queue('addSheet', name);
          fake.newSheet(name);
          return fake.worksheetApi(name);
        },
      },
      insertWorksheetsFromBase64(base64: string, options: Excel.InsertWorksheetOptions = {}) {
        if (fake.refuseInserts) throw Object.assign(new Error('insertWorksheetsFromBase64 is blocked'), { code: 'AccessDenied' });
        fake.queue('insertWorksheetsFromBase64', { base64, options });
        // Sheets exist at once for what is queued after (activate, position); their cells arrive at the sync.
        const names = options.sheetNamesToInsert ?? [];
        if (names.length === 0) throw new Error('the fake inserts named sheets only: pass sheetNamesToInsert');
        const placeholders = names.map((n) => fake.newSheet(n));
        fake.inserts.push(() => fake.fillInserted(base64, placeholders));
        return { value: placeholders.map((p) => p.name) };
      },
      settings: {
        add(k: string, value: unknown) {
          fake.queue('setting', { k, value });
          fake.settings.set(k, value);
        },
        getItemOrNullObject(k: string) {
          let loaded = false;
          const item = {
            load() {
              fake.onSync(() => void (loaded = true));
              return item;
            },
            get isNullObject() {
              return loaded ? !fake.settings.has(k) : notLoaded('setting.isNullObject');
            },
            get value() {
              return loaded ? fake.settings.get(k) : notLoaded('setting.value');
            },
          };
          return item;
        },
      },
    };
  }

  private worksheetApi(name: string) {
    const fake = this;
    const sheet = () => fake.sheet(name);
    return {
      get name() {
        return name;
      },
      set tabColor(color: string) {
        fake.queue('tabColor', color);
        sheet().tabColor = color;
      },
      set position(index: number) {
        fake.queue('position', index);
        const s = sheet();
        fake.sheets.splice(fake.sheets.indexOf(s), 1);
        fake.sheets.splice(index, 0, s);
      },
      freezePanes: {
        freezeRows(n: number) {
          fake.queue('freezeRows', n);
          sheet().frozenRows = n;
        },
      },
      delete() {
        fake.queue('deleteSheet', name);
        fake.sheets.splice(fake.sheets.indexOf(sheet()), 1);
      },
      activate() {
        fake.queue('activate', name);
        fake.activeSheet = sheet().name;
      },
      getUsedRangeOrNullObject(valuesOnly = false) {
        return fake.usedRangeApi(name, valuesOnly);
      },
      notes: {
        add(cell: string, content: string) {
          fake.queue('addNote', content);
          sheet().notes.set(cell, content);
        },
      },
      charts: {
        add(type: string, source: { address?: string; fakeAddress?: string }, seriesBy: string) {
          fake.queue('addChart', type);
          const chart: FakeChart = { type, source: source.fakeAddress ?? '', seriesBy, title: null, position: null };
          sheet().charts.push(chart);
          return {
            title: {
              set text(v: string) {
                fake.queue('chartTitle', v);
                chart.title = v;
              },
            },
            setPosition(from: string, to?: string) {
              fake.queue('chartPosition', from);
              chart.position = [from, to];
            },
          };
        },
      },
      getRange(address?: string) {
        if (!address) return fake.rangeApi(name, { r0: 0, c0: 0, r1: 1_048_575, c1: 16_383 });
        // Charts name their source range: the fake keeps the address on the range object.
        return Object.defineProperty(fake.rangeApi(name, boxOf(address)), 'fakeAddress', { value: address });
      },
      getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
        return fake.rangeApi(name, { r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 });
      },
      getRanges(address: string) {
        // Office.js sends the address string once, as the argument of getRanges; what is done to the areas refers to it.
        fake.queue('getRanges', address);
        return fake.areasApi(
          name,
          address.split(',').map((a) => boxOf(a.trim())),
        );
      },
    };
  }

  private usedRangeApi(name: string, valuesOnly: boolean, exists: () => boolean = () => true) {
    const fake = this;
    let box: Box | null = null;
    let loaded = false;
    let props = '';
    // What the sync brought back, as Office.js holds it: reading `values` afterwards costs nothing.
    let snapshot: { values: Raw[][] | null; numberFormat: string[][] | null } = { values: null, numberFormat: null };
    const range = {
      load(wanted = '') {
        props = wanted;
        fake.onSync(() => {
          loaded = true;
          if (!exists()) return 0;
          const keys = [...fake.sheet(name).cells.entries()]
            .filter(([, c]) => !valuesOnly || c.value !== null || c.formula !== null)
            .map(([k]) => k.split(',').map(Number));
          // A fold, not Math.min(...keys): a region's sheet has more cells than a call has room for arguments.
          box = keys.reduce<Box | null>(
            (b, [r, c]) =>
              b
                ? { r0: Math.min(b.r0, r), c0: Math.min(b.c0, c), r1: Math.max(b.r1, r), c1: Math.max(b.c1, c) }
                : { r0: r, c0: c, r1: r, c1: c },
            null,
          );
          if (!box) return 0;
          snapshot = {
            values: /values/.test(props) ? fake.matrix(name, box, (c) => (c ? (c.value ?? '') : '')) : null,
            numberFormat: /numberFormat/.test(props) ? fake.matrix(name, box, (c) => c?.numberFormat ?? 'General') : null,
          };
          return fake.responseSize(name, box, props);
        });
        return range;
      },
      get rowCount() {
        return loaded && box ? box.r1 - box.r0 + 1 : notLoaded('rowCount');
      },
      get columnCount() {
        return loaded && box ? box.c1 - box.c0 + 1 : notLoaded('columnCount');
      },
      get isNullObject() {
        return loaded ? box === null : notLoaded('isNullObject');
      },
      get rowIndex() {
        return loaded && box ? box.r0 : notLoaded('rowIndex');
      },
      get columnIndex() {
        return loaded && box ? box.c0 : notLoaded('columnIndex');
      },
      get values() {
        return loaded && box ? (snapshot.values ?? fake.matrix(name, box, (c) => (c ? (c.value ?? '') : ''))) : notLoaded('values');
      },
      get numberFormat() {
        return loaded && box
          ? (snapshot.numberFormat ?? fake.matrix(name, box, (c) => c?.numberFormat ?? 'General'))
          : notLoaded('numberFormat');
      },
    };
    return range;
  }

  /** What the loaded properties bring back: values and/or number formats, as JSON. */
  private responseSize(name: string, box: Box, props = 'values,numberFormat'): number {
    const values = /values/.test(props) ? this.matrix(name, box, (c) => (c ? (c.value ?? '') : '')) : null;
    const formats = /numberFormat/.test(props) ? this.matrix(name, box, (c) => c?.numberFormat ?? 'General') : null;
    return values || formats ? Buffer.byteLength(JSON.stringify([values ?? [], formats ?? []]), 'utf8') : 0;
  }

  private matrix<T>(name: string, box: Box, pick: (c: Cell | undefined) => T): T[][] {
    const cells = this.sheet(name).cells;
    return Array.from({ length: box.r1 - box.r0 + 1 }, (_, r) =>
      Array.from({ length: box.c1 - box.c0 + 1 }, (_, c) => pick(cells.get(key(box.r0 + r, box.c0 + c)))),
    );
  }

  private cellAt(name: string, r: number, c: number): Cell {
    const cells = this.sheet(name).cells;
    let cell = cells.get(key(r, c));
    if (!cell) cells.set(key(r, c), (cell = { value: null, formula: null, numberFormat: 'General', props: null }));
    return cell;
  }

  private each(box: Box, fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let r = box.r0; r <= box.r1; r++) for (let c = box.c0; c <= box.c1; c++) fn(r, c, r - box.r0, c - box.c0);
  }

  private rangeApi(name: string, box: Box) {
    const fake = this;
    const shapeCheck = (m: unknown[][], what: string) => {
      if (m.length !== box.r1 - box.r0 + 1 || m.some((row) => row.length !== box.c1 - box.c0 + 1))
        throw new Error(`InvalidArgument: ${what} does not match ${boxAddress(box)}`);
    };
    let loaded = false;
    const range = {
      load() {
        fake.onSync(() => {
          loaded = true;
          return fake.responseSize(name, box);
        });
        return range;
      },
      get dataValidation() {
        const validation: FakeValidation = { address: boxAddress(box), rule: null, errorAlert: null, prompt: null };
        fake.sheet(name).validations.push(validation);
        const set = (key: 'rule' | 'errorAlert' | 'prompt') => (v: unknown) => {
          fake.queue('dataValidation', v);
          validation[key] = v;
        };
        return {
          set rule(v: unknown) {
            set('rule')(v);
          },
          set errorAlert(v: unknown) {
            set('errorAlert')(v);
          },
          set prompt(v: unknown) {
            set('prompt')(v);
          },
        };
      },
      get values(): Raw[][] {
        return loaded ? fake.matrix(name, box, (c) => (c ? (c.value ?? '') : '')) : notLoaded('values');
      },
      get numberFormat(): string[][] {
        return loaded ? fake.matrix(name, box, (c) => c?.numberFormat ?? 'General') : notLoaded('numberFormat');
      },
      set formulas(m: Raw[][]) {
        // For constants, Excel treats `formulas` exactly like `values` (parsed as typed).
        this.values = m;
      },
      set values(m: Raw[][]) {
        shapeCheck(m, 'values');
        fake.queue('values', m);
        fake.each(box, (r, c, i, j) => {
          const cell = fake.cellAt(name, r, c);
          const v = m[i][j];
          cell.formula = null;
          if (typeof v === 'string' && cell.numberFormat !== '@') {
            // Excel parses a string as if typed: formulas and numbers are recognised.
            if (/^[=+\-@]/.test(v) && v.length > 1 && !/^-?\d+([.,]\d+)?$/.test(v)) {
              cell.formula = v;
              cell.value = null;
              return;
            }
            if (/^-?\d+(\.\d+)?$/.test(v.trim())) {
              cell.value = Number(v);
              return;
            }
          }
          cell.value = v === '' ? null : v;
        });
      },
      set numberFormat(m: string[][]) {
        shapeCheck(m, 'numberFormat');
        fake.queue('numberFormat', m);
        fake.each(box, (r, c, i, j) => (fake.cellAt(name, r, c).numberFormat = m[i][j]));
      },
      setCellProperties(m: unknown[][]) {
        shapeCheck(m, 'cell properties');
        fake.queue('setCellProperties', m);
        fake.each(box, (r, c, i, j) => (fake.cellAt(name, r, c).props = m[i][j]));
      },
      format: fake.formatApi(name, [box]),
      merge() {
        fake.queue('merge', boxAddress(box));
        fake.sheet(name).merges.push(boxAddress(box));
      },
      getEntireColumn() {
        return {
          format: {
            set columnWidth(w: number) {
              fake.queue('columnWidth', w);
              fake.sheet(name).columnWidths.set(box.c0, w);
            },
          },
        };
      },
      getMergedAreasOrNullObject() {
        let loaded = false;
        const areas = {
          load() {
            fake.onSync(() => void (loaded = true));
            return areas;
          },
          get isNullObject() {
            return loaded ? fake.sheet(name).merges.length === 0 : notLoaded('isNullObject');
          },
          get address() {
            return loaded
              ? fake
                  .sheet(name)
                  .merges.map((m) => `'${name}'!${m}`)
                  .join(',')
              : notLoaded('address');
          },
        };
        return areas;
      },
      conditionalFormats: fake.conditionalFormatsApi(name, [box]),
    };
    return range;
  }

  private areasApi(name: string, boxes: Box[]) {
    return { conditionalFormats: this.conditionalFormatsApi(name, boxes), format: this.formatApi(name, boxes) };
  }

  /**
   * Range(Areas).format: each write merges into the cells' properties, in the
   * shape setCellProperties takes ({ format: { fill: { color }, font: { color, bold }, wrapText } }).
   */
  private formatApi(name: string, boxes: Box[]) {
    const fake = this;
    const write = (action: string, value: unknown, apply: (format: Record<string, unknown>) => void) => {
      fake.queue(action, value);
      for (const b of boxes)
        fake.each(b, (r, c) => {
          const cell = fake.cellAt(name, r, c);
          const props = (cell.props ?? {}) as { format?: Record<string, unknown> };
          const format = { ...(props.format ?? {}) };
          apply(format);
          cell.props = { ...props, format };
        });
    };
    return {
      fill: {
        set color(v: string) {
          write('fillColor', v, (f) => (f.fill = { ...(f.fill as object), color: v }));
        },
      },
      font: {
        set color(v: string) {
          write('fontColor', v, (f) => (f.font = { ...(f.font as object), color: v }));
        },
        set bold(v: boolean) {
          write('bold', v, (f) => (f.font = { ...(f.font as object), bold: v }));
        },
      },
      set wrapText(v: boolean) {
        write('wrapText', v, (f) => (f.wrapText = v));
      },
    };
  }

  private conditionalFormatsApi(name: string, boxes: Box[]) {
    const fake = this;
    const cellsOf = () => {
      const set = new Set<string>();
      for (const b of boxes) fake.each(b, (r, c) => set.add(key(r, c)));
      return set;
    };
    return {
      add(type: string) {
        fake.queue('addConditionalFormat', type);
        const cf: FakeConditionalFormat = { type, cells: cellsOf(), formula: null, fill: null, font: null };
        fake.sheet(name).conditionalFormats.push(cf);
        const setter = (apply: (v: string) => void) => (v: string) => {
          fake.queue('cfProperty', v);
          apply(v);
        };
        if (type === 'IconSet') cf.iconSet = { style: null, criteria: null };
        const setFormula = setter((v) => (cf.formula = v));
        const setFill = setter((v) => (cf.fill = v));
        const setFont = setter((v) => (cf.font = v));
        return {
          iconSet: {
            set style(v: string) {
              fake.queue('cfProperty', v);
              cf.iconSet!.style = v;
            },
            set criteria(v: unknown) {
              fake.queue('cfProperty', v);
              cf.iconSet!.criteria = v;
            },
          },
          custom: {
            rule: {
              set formula(v: string) {
                setFormula(v);
              },
            },
            format: {
              fill: {
                set color(v: string) {
                  setFill(v);
                },
              },
              font: {
                set color(v: string) {
                  setFont(v);
                },
              },
            },
          },
        };
      },
      clearAll() {
        fake.queue('clearConditionalFormats');
        const cleared = cellsOf();
        const sheet = fake.sheet(name);
        for (const cf of sheet.conditionalFormats) for (const k of cleared) cf.cells.delete(k);
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.cells.size > 0);
      },
    };
  }
}

/** An inserted cell's look in the shape setCellProperties takes ({} when plain), so both paths compare alike. */
function insertedProps(style: Partial<import('exceljs').Style> | undefined): unknown {
  const format: Record<string, unknown> = {};
  const fill = style?.fill as { fgColor?: { argb?: string } } | undefined;
  if (fill?.fgColor?.argb) format.fill = { color: `#${fill.fgColor.argb.slice(2)}` };
  const font: Record<string, unknown> = {};
  if (style?.font?.color?.argb) font.color = `#${style.font.color.argb.slice(2)}`;
  if (style?.font?.bold) font.bold = true;
  if (Object.keys(font).length > 0) format.font = font;
  if (style?.alignment?.wrapText) format.wrapText = true;
  return Object.keys(format).length > 0 ? { format } : null;
}
