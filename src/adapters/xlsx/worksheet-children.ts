/**
 * CT_Worksheet's children from <sheetData> on, in the order the schema requires them.
 * Excel refuses a sheet whose children are out of this order, so anything we insert into a
 * user's sheet (our conditional formats, a drawing for our charts) goes before the first
 * child that must follow it.
 */
const WORKSHEET_CHILDREN = [
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

/** The children the schema puts after `child`. */
export function childrenAfter(child: (typeof WORKSHEET_CHILDREN)[number]): ReadonlySet<string> {
  return new Set(WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf(child) + 1));
}
