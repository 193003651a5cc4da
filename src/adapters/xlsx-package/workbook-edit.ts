import { PartData } from './codec';
import { XlsxPackage } from './package';
import { SheetEntry } from './workbook-structure';
import { attr, elementEnd, escapeXml, relsPathOf, resolvePart, rootPrefix, tags } from './xml-text';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const REL_WORKSHEET = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * workbook.xml, its relationships and [Content_Types].xml under edit: our sheets removed and
 * added, every other byte of the three parts as it was. Ids are the lowest free ones, so a run
 * that removes its sheets and adds them again gives them the same ids, parts and names.
 */
export class WorkbookEdit {
  private workbook: string;
  private rels: string;
  private types: string;
  private readonly relsPath: string;

  constructor(
    private readonly pkg: XlsxPackage,
    private readonly workbookPath: string,
  ) {
    this.workbook = pkg.text(workbookPath)!;
    this.relsPath = relsPathOf(workbookPath);
    this.rels =
      pkg.text(this.relsPath) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
    this.types = pkg.text('[Content_Types].xml') ?? '';
  }

  /** Sheet names in tab order. */
  sheetNames(): string[] {
    return tags(this.workbook, 'sheet').map(({ tag }) => attr(tag, 'name') ?? '');
  }

  /** Removes a sheet of ours and every part only it uses (its drawing, charts); names scoped to later sheets keep their sheet. */
  removeSheet(entry: SheetEntry): void {
    const sheetTags = tags(this.workbook, 'sheet');
    const index = sheetTags.findIndex(({ tag }) => attr(tag, 'name') === entry.name);
    if (index < 0) return;
    const { start } = sheetTags[index];
    this.workbook = this.workbook.slice(0, start) + this.workbook.slice(elementEnd(this.workbook, start, 'sheet'));
    this.workbook = shiftSheetIndices(this.workbook, index);
    this.rels = removeRelationship(this.rels, entry.rId);
    if (entry.path) this.removePartTree(entry.path);
  }

  /** Adds a sheet at the end of the tabs; returns its part path. */
  addSheet(name: string, xml: string | PartData, state: 'visible' | 'veryHidden' = 'visible'): string {
    const path = this.freePart('xl/worksheets/sheet', '.xml');
    const rId = this.freeRelId();
    const used = new Set(tags(this.workbook, 'sheet').map(({ tag }) => Number(attr(tag, 'sheetId'))));
    let sheetId = 1;
    while (used.has(sheetId)) sheetId++;
    const p = rootPrefix(this.workbook, 'workbook');
    const r = relationshipsPrefix(this.workbook);
    const stateAttr = state === 'visible' ? '' : ` state="${state}"`;
    const element = `<${p}sheet${r.declare} name="${escapeXml(name)}" sheetId="${sheetId}"${stateAttr} ${r.prefix}:id="${rId}"/>`;
    const close = this.workbook.indexOf(`</${p}sheets>`);
    this.workbook = this.workbook.slice(0, close) + element + this.workbook.slice(close);
    const target = relativeTarget(this.workbookPath, path);
    this.rels = this.rels.replace(
      /<\/(\w+:)?Relationships>\s*$/,
      (end) => `<Relationship Id="${rId}" Type="${REL_WORKSHEET}" Target="${target}"/>${end}`,
    );
    this.addOverride(path, WORKSHEET_TYPE);
    if (typeof xml === 'string') this.pkg.setText(path, xml);
    else this.pkg.setDeflated(path, xml);
    return path;
  }

  /** Moves a sheet's tab to the end (the letter register stays the last of ours). */
  moveToEnd(name: string): void {
    const found = tags(this.workbook, 'sheet').find(({ tag }) => attr(tag, 'name') === name);
    if (!found) return;
    const end = elementEnd(this.workbook, found.start, 'sheet');
    const element = this.workbook.slice(found.start, end);
    this.workbook = this.workbook.slice(0, found.start) + this.workbook.slice(end);
    const p = rootPrefix(this.workbook, 'workbook');
    const close = this.workbook.indexOf(`</${p}sheets>`);
    this.workbook = this.workbook.slice(0, close) + element + this.workbook.slice(close);
  }

  /** Drops the calculation chain: it may name cells of a sheet we removed, and Excel rebuilds it. */
  dropCalcChain(): void {
    for (const { tag } of tags(this.rels, 'Relationship')) {
      if (!/\/calcChain$/.test(attr(tag, 'Type') ?? '')) continue;
      this.rels = removeRelationship(this.rels, attr(tag, 'Id') ?? '');
      this.removePart(resolvePart(this.workbookPath, attr(tag, 'Target') ?? ''));
    }
  }

  /** Writes the three parts back into the package (also before others read them, e.g. the charts). */
  flush(): void {
    this.pkg.setText(this.workbookPath, this.workbook);
    this.pkg.setText(this.relsPath, this.rels);
    this.pkg.setText('[Content_Types].xml', this.types);
  }

  /** Re-reads [Content_Types].xml after another editor (the charts) changed it. */
  reload(): void {
    this.types = this.pkg.text('[Content_Types].xml') ?? this.types;
  }

  private addOverride(path: string, type: string): void {
    this.types = this.types.replace(/<\/(\w+:)?Types>\s*$/, (end) => `<Override PartName="/${path}" ContentType="${type}"/>${end}`);
  }

  private removePartTree(path: string): void {
    const relsPath = relsPathOf(path);
    const rels = this.pkg.text(relsPath);
    if (rels) {
      for (const { tag } of tags(rels, 'Relationship')) {
        if (attr(tag, 'TargetMode') === 'External') continue;
        const target = resolvePart(path, attr(tag, 'Target') ?? '');
        // Only what our own sheets hold: their drawings and the charts on them.
        if (/^xl\/(drawings|charts)\//.test(target)) this.removePartTree(target);
      }
      this.pkg.remove(relsPath);
    }
    this.removePart(path);
  }

  private removePart(path: string): void {
    this.pkg.remove(path);
    const escaped = `/${path}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.types = this.types.replace(new RegExp(`<(\\w+:)?Override\\b[^>]*PartName="${escaped}"[^>]*/>`, 'i'), '');
  }

  private freePart(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (!this.pkg.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }

  private freeRelId(): string {
    const used = new Set(tags(this.rels, 'Relationship').map(({ tag }) => attr(tag, 'Id')));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    return `rId${n}`;
  }
}

function removeRelationship(rels: string, id: string): string {
  const found = tags(rels, 'Relationship').find(({ tag }) => attr(tag, 'Id') === id);
  if (!found) return rels;
  return rels.slice(0, found.start) + rels.slice(elementEnd(rels, found.start, 'Relationship'));
}

/** After the sheet at `index` is gone: names scoped to it go, later sheets' indices move down one. */
function shiftSheetIndices(xml: string, index: number): string {
  let out = xml.replace(
    /<(\w+:)?definedName\b[^>]*\slocalSheetId="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(\w+:)?definedName>)/g,
    (whole, _p, id) => {
      const n = Number(id);
      if (n === index) return '';
      return n > index ? whole.replace(/(\slocalSheetId=")\d+"/, `$1${n - 1}"`) : whole;
    },
  );
  out = out.replace(/(<(?:\w+:)?workbookView\b[^>]*>)/g, (view) =>
    view.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (a, name: string, v: string) => {
      const n = Number(v);
      return n > index ? ` ${name}="${n - 1}"` : n === index ? ` ${name}="0"` : a;
    }),
  );
  // An emptied <definedNames> is not allowed by the schema.
  return out.replace(/<(\w+:)?definedNames>\s*<\/(\w+:)?definedNames>/, '');
}

/**
 * The prefix workbook.xml binds to the relationships namespace ("r" nearly always), and the
 * declaration our <sheet> must carry when the root does not bind it: openpyxl declares it on
 * each <sheet> element, where it does not reach ours.
 */
function relationshipsPrefix(xml: string): { prefix: string; declare: string } {
  const binding =
    /\sxmlns:([\w.-]+)="(http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships)"/;
  const root = /<(?:[\w.-]+:)?workbook\b[^>]*>/.exec(xml)?.[0] ?? '';
  if (binding.test(root)) return { prefix: binding.exec(root)![1], declare: '' };
  const elsewhere = binding.exec(xml);
  const prefix = elsewhere ? elsewhere[1] : 'r';
  const uri = elsewhere ? elsewhere[2] : REL_NS;
  return { prefix, declare: ` xmlns:${prefix}="${uri}"` };
}

function relativeTarget(from: string, path: string): string {
  const dir = from.slice(0, from.lastIndexOf('/') + 1);
  return path.startsWith(dir) ? path.slice(dir.length) : `/${path}`;
}
