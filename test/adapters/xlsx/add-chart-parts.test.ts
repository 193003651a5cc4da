import { childInsertionPoint } from '../../../src/adapters/xlsx/add-chart-parts';

const AFTER = new Set(['legacyDrawing', 'tableParts', 'extLst']);
const at = (xml: string): string => {
  const i = childInsertionPoint(xml, AFTER);
  return `${xml.slice(0, i)}|${xml.slice(i)}`;
};

describe('where <drawing> goes in a worksheet', () => {
  it('before the sheet’s own extLst, not inside a data bar’s extLst', () => {
    const xml =
      '<worksheet><sheetData/><conditionalFormatting sqref="E4:E6"><cfRule type="dataBar"><dataBar/><extLst><ext/></extLst></cfRule></conditionalFormatting>' +
      '<pageMargins left="0.7"/><extLst><ext uri="x"/></extLst></worksheet>';
    expect(at(xml)).toBe(
      '<worksheet><sheetData/><conditionalFormatting sqref="E4:E6"><cfRule type="dataBar"><dataBar/><extLst><ext/></extLst></cfRule></conditionalFormatting>' +
        '<pageMargins left="0.7"/>|<extLst><ext uri="x"/></extLst></worksheet>',
    );
  });

  it('before legacyDrawing or tableParts, and at the end when none of them is there', () => {
    expect(at('<x:worksheet><x:sheetData/><x:legacyDrawing r:id="rId2"/><x:tableParts count="1"/></x:worksheet>')).toBe(
      '<x:worksheet><x:sheetData/>|<x:legacyDrawing r:id="rId2"/><x:tableParts count="1"/></x:worksheet>',
    );
    expect(at('<?xml version="1.0"?>\n<worksheet><sheetData><row r="1"/></sheetData><pageSetup/></worksheet>')).toBe(
      '<?xml version="1.0"?>\n<worksheet><sheetData><row r="1"/></sheetData><pageSetup/>|</worksheet>',
    );
  });
});
