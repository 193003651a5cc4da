import JSZip from 'jszip';
import { OWN_SHEETS } from '../../core/plan/workbook-plan';
import { WRITTEN_SHEET } from './highlight-memory';

/**
 * Checking a checked workbook again: the sheets the previous run wrote
 * («Сводка», «Нарушения» — at region scale 400,000 cells) are about to be
 * deleted, so loading them into exceljs only costs memory. Before the load,
 * their XML is replaced by an empty sheet. Only sheets the run memory names
 * are touched; a book without the memory is returned as it came.
 */
export async function skipPreviousOutput(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file('xl/workbook.xml')?.async('string');
  if (!workbookXml || !workbookXml.includes(OWN_SHEETS.highlightMemory)) return bytes;
  const relsXml = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map(elements(relsXml, 'Relationship').map((a) => [a.Id, partPath(a.Target ?? '')]));
  const sheets = elements(workbookXml, 'sheet').map((a) => ({ name: a.name ?? '', part: targets.get(a['r:id'] ?? '') }));

  const memoryPart = sheets.find((s) => s.name === OWN_SHEETS.highlightMemory)?.part;
  const memoryXml = memoryPart ? await zip.file(memoryPart)?.async('string') : undefined;
  if (!memoryXml) return bytes;
  const strings = sharedStrings((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '');
  const written = writtenSheets(memoryXml, strings);

  let skipped = 0;
  for (const sheet of sheets) {
    if (!written.has(sheet.name) || !sheet.part || !zip.file(sheet.part)) continue;
    zip.file(sheet.part, EMPTY_SHEET);
    skipped++;
  }
  return skipped === 0 ? bytes : zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** Names in column A of the memory rows whose column B says «sheet written by roadmap-control». */
function writtenSheets(memoryXml: string, strings: string[]): Set<string> {
  const names = new Set<string>();
  for (const row of memoryXml.match(/<row\b[\s\S]*?<\/row>/g) ?? []) {
    const cells = new Map<string, string>();
    for (const cell of row.match(/<c\b[\s\S]*?(?:\/>|<\/c>)/g) ?? []) {
      const attrs = attributes(cell.slice(0, cell.indexOf('>') + 1));
      const column = (attrs.r ?? '').replace(/\d+$/, '');
      cells.set(column, cellText(cell, attrs.t, strings));
    }
    if (cells.get('B') === WRITTEN_SHEET && cells.get('A')) names.add(cells.get('A') as string);
  }
  return names;
}

function cellText(cell: string, type: string | undefined, strings: string[]): string {
  if (type === 's') return strings[Number(/<v>([^<]*)<\/v>/.exec(cell)?.[1])] ?? '';
  if (type === 'inlineStr') return texts(cell);
  return decode(/<v>([^<]*)<\/v>/.exec(cell)?.[1] ?? '');
}

function sharedStrings(xml: string): string[] {
  return (xml.match(/<si\b[\s\S]*?<\/si>/g) ?? []).map(texts);
}

/** Every <t> of an item joined: plain and rich-text runs alike. */
function texts(xml: string): string {
  return [...xml.matchAll(/<t\b[^>]*>([^<]*)<\/t>/g)].map((m) => decode(m[1])).join('');
}

function elements(xml: string, tag: string): Record<string, string>[] {
  return (xml.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? []).map(attributes);
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/** "worksheets/sheet7.xml" or "/xl/worksheets/sheet7.xml" → "xl/worksheets/sheet7.xml". */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}
