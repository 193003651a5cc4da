import { TONE_COLORS, Tone } from '../../core/plan/workbook-plan';
import { escapeXml, rootPrefix } from './xml-text';

/** A look of a cell of our sheets. */
export interface CellLook {
  tone?: Tone;
  bold?: boolean;
  wrap?: boolean;
  numFmt?: string;
  link?: boolean;
}

type Block = 'numFmts' | 'fonts' | 'fills' | 'cellXfs' | 'dxfs';
const CHILD: Record<Block, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', cellXfs: 'xf', dxfs: 'dxf' };
/** CT_Stylesheet's children in schema order: a block the file lacks goes at its place. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/**
 * styles.xml, append-only: the fonts, fills, formats, cell styles and differential formats our
 * cells and rules use are added after the user's, or found among them when an earlier run (or
 * the user) already has the very same one, so the user's style indices never move and a re-run
 * adds nothing twice.
 */
export class StyleBook {
  private readonly p: string;
  private readonly children = new Map<Block, string[]>();
  private readonly added = new Map<Block, string[]>();
  private readonly looks = new Map<string, number>();
  private readonly baseFont: string;

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml, 'styleSheet');
    for (const block of Object.keys(CHILD) as Block[]) {
      this.children.set(block, this.parse(block));
      this.added.set(block, []);
    }
    // Our fonts are the book's default font with our colour and weight: the sheets look like the user's.
    const first = this.children.get('fonts')![0] ?? '';
    const inner = /^<[^>]*>([\s\S]*)<\/[^>]*>$/.exec(first)?.[1] ?? '';
    this.baseFont = inner.replace(/<(?:\w+:)?(b|i|u|strike|color)\b[^>]*?(\/>|>[\s\S]*?<\/(?:\w+:)?\1>)/g, '');
  }

  /** The cellXfs index of a look. */
  cellStyle(look: CellLook): number {
    const key = `${look.tone ?? ''}|${look.bold ? 1 : 0}|${look.wrap ? 1 : 0}|${look.numFmt ?? ''}|${look.link ? 1 : 0}`;
    const known = this.looks.get(key);
    if (known !== undefined) return known;
    const p = this.p;
    const numFmtId = look.numFmt ? this.numFmt(look.numFmt) : 0;
    const color = look.tone ? TONE_COLORS[look.tone].font : look.link ? '0563C1' : null;
    const fontId =
      color || look.bold || look.link
        ? this.find(
            'fonts',
            `<${p}font>${look.bold ? `<${p}b/>` : ''}${look.link ? `<${p}u/>` : ''}${color ? `<${p}color rgb="FF${color}"/>` : ''}${this.baseFont}</${p}font>`,
          )
        : 0;
    const fillId = look.tone
      ? this.find(
          'fills',
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${TONE_COLORS[look.tone].fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      (fontId ? ' applyFont="1"' : '') +
      (fillId ? ' applyFill="1"' : '') +
      (look.wrap ? ' applyAlignment="1"' : '');
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}`;
    const xf = look.wrap ? `${head}><${p}alignment vertical="top" wrapText="1"/></${p}xf>` : `${head}/>`;
    const index = this.find('cellXfs', xf);
    this.looks.set(key, index);
    return index;
  }

  /** The dxfs index of a highlight's look: Excel's «Good / Bad / Neutral» fill and font colour. */
  highlight(tone: Tone): number {
    const p = this.p;
    const { fill, font } = TONE_COLORS[tone];
    return this.find(
      'dxfs',
      `<${p}dxf><${p}font><${p}color rgb="FF${font}"/></${p}font><${p}fill><${p}patternFill><${p}bgColor rgb="FF${fill}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  get changed(): boolean {
    return [...this.added.values()].some((a) => a.length > 0);
  }

  toXml(): string {
    let xml = this.xml;
    for (const block of Object.keys(CHILD) as Block[]) {
      const added = this.added.get(block)!;
      if (added.length === 0) continue;
      const count = this.children.get(block)!.length;
      const p = this.p;
      const open = new RegExp(`<${p}${block}\\b[^>]*?(/?)>`).exec(xml);
      if (!open) {
        const at = this.insertionPoint(xml, block);
        xml = `${xml.slice(0, at)}<${p}${block} count="${count}">${added.join('')}</${p}${block}>${xml.slice(at)}`;
        continue;
      }
      const tag = open[0].replace(/\scount="\d*"/, '').replace(/\/?>$/, '');
      const start = `${tag.replace(new RegExp(`^<${p}${block}`), `<${p}${block} count="${count}"`)}>`;
      if (open[1]) {
        xml = `${xml.slice(0, open.index)}${start}${added.join('')}</${p}${block}>${xml.slice(open.index + open[0].length)}`;
      } else {
        const close = xml.indexOf(`</${p}${block}>`, open.index);
        xml = `${xml.slice(0, open.index)}${start}${xml.slice(open.index + open[0].length, close)}${added.join('')}${xml.slice(close)}`;
      }
    }
    return xml;
  }

  private numFmt(code: string): number {
    if (BUILT_IN_FORMATS[code] !== undefined) return BUILT_IN_FORMATS[code];
    const formats = [...this.children.get('numFmts')!];
    for (const f of formats) {
      const m = /numFmtId="(\d+)"[^>]*formatCode="([^"]*)"|formatCode="([^"]*)"[^>]*numFmtId="(\d+)"/.exec(f);
      if (m && (m[2] ?? m[3]) === escapeXml(code)) return Number(m[1] ?? m[4]);
    }
    const ids = formats.map((f) => Number(/numFmtId="(\d+)"/.exec(f)?.[1] ?? 0));
    const id = Math.max(163, ...ids) + 1;
    this.push('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The index of this exact element in its block, appended if the block lacks it. */
  private find(block: Block, element: string): number {
    const i = this.children.get(block)!.indexOf(element);
    return i >= 0 ? i : this.push(block, element);
  }

  private push(block: Block, element: string): number {
    this.added.get(block)!.push(element);
    return this.children.get(block)!.push(element) - 1;
  }

  private parse(block: Block): string[] {
    const p = this.p;
    const m = new RegExp(`<${p}${block}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${block}>)`).exec(this.xml);
    if (!m || !m[1]) return [];
    const child = CHILD[block];
    return m[1].match(new RegExp(`<${p}${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${child}>)`, 'g')) ?? [];
  }

  private insertionPoint(xml: string, block: string): number {
    const later = ORDER.slice(ORDER.indexOf(block) + 1);
    let best = xml.lastIndexOf(`</${this.p}styleSheet>`);
    for (const name of later) {
      const i = xml.search(new RegExp(`<${this.p}${name}[\\s/>]`));
      if (i >= 0 && i < best) best = i;
    }
    return best;
  }
}
