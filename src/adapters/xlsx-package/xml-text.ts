/** Small string tools for the parts we edit in place (the splices keep every other byte). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[e as 'lt']!;
  });
}

/** An attribute of one start tag, unescaped; `name` may carry a prefix ("r:id"). */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? '') : null;
}

/** Every start tag of an element by local name (any prefix), with where it starts and ends. */
export function tags(xml: string, local: string): { tag: string; start: number; end: number }[] {
  const out: { tag: string; start: number; end: number }[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, 'g');
  for (const m of xml.matchAll(re)) out.push({ tag: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** The prefix the root element uses ("x:" or ""), for elements we add beside its own. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([\\w.-]+:)?${local}[\\s>]`).exec(xml);
  return m?.[1] ?? '';
}

/** A whole element (start tag to its end tag, or a self-closing tag) from a start index. */
export function elementEnd(xml: string, start: number, local: string): number {
  const open = xml.indexOf('>', start);
  if (xml[open - 1] === '/') return open + 1;
  const close = new RegExp(`</(?:[\\w.-]+:)?${local}\\s*>`, 'g');
  close.lastIndex = open;
  const m = close.exec(xml);
  return m ? m.index + m[0].length : xml.length;
}

/** Paths in a package: "worksheets/sheet1.xml" relative to "xl/workbook.xml", or absolute "/xl/…". */
export function resolvePart(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}
