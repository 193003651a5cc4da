/**
 * Strict OOXML (ISO/IEC 29500 Strict, Excel's «Strict Open XML Spreadsheet») names the same
 * elements and relationship types under other namespace URIs. The parts and relationships we
 * add to a Strict package are written in its namespaces, so the package stays one conformance
 * class (a reader that checks the workbook's namespace must not meet a Transitional sheet).
 * Package relationships and content types are the same in both.
 */
export const STRICT_NAMESPACES: readonly (readonly [transitional: string, strict: string])[] = [
  ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  // The r: namespace and, with a suffix, every relationship type (…/relationships/worksheet).
  ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart'],
  ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing'],
  [
    'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
    'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
  ],
];

/** XML of ours with the Transitional namespace URIs replaced by the Strict ones. */
export function toStrict(xml: string): string {
  let out = xml;
  for (const [transitional, strict] of STRICT_NAMESPACES) out = out.split(transitional).join(strict);
  return out;
}

/** A namespace URI as the package's conformance class spells it. */
export function namespaceFor(transitional: string, strict: boolean): string {
  return strict ? toStrict(transitional) : transitional;
}
