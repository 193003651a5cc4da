import { PlannedSheet } from '../../core/plan/workbook-plan';
import { chartXml, drawingXml, escapeXml } from './chart-xml';
import { childrenAfter } from './worksheet-children';

const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A package's parts by path inside the zip (no leading slash): the package editor's. */
export interface PartStore {
  has(path: string): boolean;
  text(path: string): string | undefined;
  setText(path: string, text: string): void;
}

/** The worksheet part of a sheet, from workbook.xml and its relationships. */
export function sheetPartPath(parts: PartStore, sheetName: string): string | null {
  const workbook = parts.text('xl/workbook.xml');
  const rels = parts.text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, 'name') === escapeXml(sheetName));
  const id = sheetTag ? attr(sheetTag, 'r:id') : null;
  if (!id) return null;
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => attr(tag, 'Id') === id);
  const target = rel ? attr(rel, 'Target') : null;
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag);
  return m ? m[1]! : null;
}

/** The first free «prefix N suffix» part name: a user's own charts keep theirs. */
function freePart(parts: PartStore, prefix: string, suffix: string): { path: string; n: number } {
  for (let n = 1; ; n++) if (!parts.has(`${prefix}${n}${suffix}`)) return { path: `${prefix}${n}${suffix}`, n };
}

const AFTER_DRAWING = childrenAfter('drawing');

/** Where a new child of <worksheet> goes: before the first top-level child named in `before`, else before </worksheet>. */
export function childInsertionPoint(xml: string, before: ReadonlySet<string>): number {
  // Every child that can follow comes after the cells: start there, not at the 400,000 cells of «Нарушения».
  const cells = xml.lastIndexOf('</sheetData>');
  const from = cells >= 0 ? cells + '</sheetData>'.length : 0;
  let depth = cells >= 0 ? 1 : 0;
  for (const m of xml.slice(from).matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (name!.startsWith('?')) continue;
    if (closing) {
      depth--;
      if (depth === 0) return from + m.index!;
      continue;
    }
    if (depth === 1 && before.has(name!.replace(/^\w+:/, ''))) return from + m.index!;
    if (!selfClosing) depth++;
  }
  return xml.length;
}

/** The relationship id of the drawing in a sheet of ours: its relationships part is new, so the first id. */
export const OUR_SHEET_DRAWING_REL = 'rId1';

/**
 * Adds the planned sheets' charts to a package: for each sheet with charts, a drawing part
 * with one anchor per chart, a chart part per chart, the relationships and content types, and
 * the `<drawing>` element in the sheet at its place in the schema. A sheet that already has a
 * drawing (none of ours does) is left as it is. Returns the number of charts added.
 */
export function addChartParts(parts: PartStore, sheets: readonly PlannedSheet[]): number {
  let added = 0;
  for (const sheet of sheets) {
    if (!sheet.charts?.length) continue;
    const sheetPath = sheetPartPath(parts, sheet.name);
    const sheetXml = sheetPath ? parts.text(sheetPath) : undefined;
    if (!sheetPath || sheetXml === undefined) continue;
    if (/<drawing\b/.test(sheetXml)) continue;
    const rid = addSheetCharts(parts, sheetPath, sheet);
    const element = `<drawing r:id="${rid}"/>`;
    const insertAt = childInsertionPoint(sheetXml, AFTER_DRAWING);
    let xml = sheetXml.slice(0, insertAt) + element + sheetXml.slice(insertAt);
    if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) {
      xml = xml.replace(/<worksheet\b/, '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    }
    parts.setText(sheetPath, xml);
    added += sheet.charts.length;
  }
  return added;
}

/**
 * A sheet's charts without touching the sheet's own part: the drawing, its charts, their
 * relationships and content types, and the sheet's relationship to the drawing, under the
 * first free id (returned; `OUR_SHEET_DRAWING_REL` for a sheet of ours, which has no
 * relationships yet). The caller puts `<drawing r:id=…/>` in the sheet: ours write it as they
 * are written, so a 5 MB «Сводка» is not inflated and deflated again for one element.
 */
export function addSheetCharts(parts: PartStore, sheetPath: string, sheet: PlannedSheet): string {
  const charts = sheet.charts ?? [];
  const overrides: string[] = [];
  const drawing = freePart(parts, 'xl/drawings/drawing', '.xml');
  parts.setText(drawing.path, drawingXml(charts));
  overrides.push(`<Override PartName="/${drawing.path}" ContentType="${DRAWING_TYPE}"/>`);
  const chartRels: string[] = [];
  charts.forEach((chart, i) => {
    const part = freePart(parts, 'xl/charts/chart', '.xml');
    parts.setText(part.path, chartXml(chart, sheet.name, sheet.rows));
    overrides.push(`<Override PartName="/${part.path}" ContentType="${CHART_TYPE}"/>`);
    chartRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${part.n}.xml"/>`);
  });
  parts.setText(
    `xl/drawings/_rels/drawing${drawing.n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${chartRels.join('')}</Relationships>`,
  );

  const relsPath = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const existingRels =
    parts.text(relsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const used = new Set([...existingRels.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]));
  let rid = 1;
  while (used.has(`rId${rid}`)) rid++;
  parts.setText(
    relsPath,
    existingRels.replace(
      '</Relationships>',
      `<Relationship Id="rId${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawing.n}.xml"/></Relationships>`,
    ),
  );
  const types = parts.text('[Content_Types].xml')!;
  parts.setText('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  return `rId${rid}`;
}
