import { a1, parseA1 } from '../../core/model/grid';
import { PlannedCell, PlannedChart } from '../../core/plan/workbook-plan';

/**
 * DrawingML for the product's native charts (exceljs writes no charts): a chart part and the
 * drawing that anchors it on a sheet. The series point at the sheet's cells, so Excel and
 * LibreOffice redraw them from the data; the caches hold the values as written, for readers
 * that draw before they calculate. XML in the element order the schema requires.
 */
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Series colours: Excel's «Good / Bad / Neutral» tones where a status has one, then the theme blues. */
const STATUS_COLORS = ['63BE7B', 'F8696B', 'FFC000', 'C00000', 'A5A5A5', '4472C4', 'ED7D31'];
const LINE_COLORS = ['4472C4', 'C00000', '70AD47', 'FFC000'];

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 'Сводка'!$A$31:$A$36 — a reference that survives any sheet name. */
function ref(sheet: string, top: number, left: number, bottom: number, right: number): string {
  const abs = (row: number, col: number): string => a1(row, col).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  const range = top === bottom && left === right ? abs(top, left) : `${abs(top, left)}:${abs(bottom, right)}`;
  return escapeXml(`'${sheet.replace(/'/g, "''")}'!${range}`);
}

function cellAt(rows: readonly PlannedCell[][], row: number, col: number): PlannedCell | undefined {
  return rows[row - 1]?.[col - 1];
}

function strCache(values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('');
  return `<c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache>`;
}

function numCache(values: readonly (number | null)[], format: string): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

const asText = (c: PlannedCell | undefined): string => (c?.v === null || c?.v === undefined ? '' : String(c.v));
const asNumber = (c: PlannedCell | undefined): number | null => (typeof c?.v === 'number' ? c.v : null);

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

/** The chart part for a planned chart over `rows` (the planned sheet's cells, row 1 = sheet row 1). */
export function chartXml(chart: PlannedChart, sheet: string, rows: readonly PlannedCell[][]): string {
  const [from, to] = chart.source.split(':');
  const start = parseA1(from!);
  const end = parseA1(to ?? from!);
  const firstData = start.row + 1;
  const categories = [];
  for (let r = firstData; r <= end.row; r++) categories.push(cellAt(rows, r, start.col));
  const categoryFormat = categories.find((c) => c?.numFmt)?.numFmt;
  const categoriesAreDates = categoryFormat !== undefined && /[dy]/i.test(categoryFormat);
  const cat = categoriesAreDates
    ? `<c:cat><c:numRef><c:f>${ref(sheet, firstData, start.col, end.row, start.col)}</c:f>${numCache(categories.map(asNumber), categoryFormat!)}</c:numRef></c:cat>`
    : `<c:cat><c:strRef><c:f>${ref(sheet, firstData, start.col, end.row, start.col)}</c:f>${strCache(categories.map(asText))}</c:strRef></c:cat>`;

  const series: string[] = [];
  for (let col = start.col + 1; col <= end.col; col++) {
    const i = col - start.col - 1;
    const values = [];
    for (let r = firstData; r <= end.row; r++) values.push(cellAt(rows, r, col));
    const format = values.find((c) => c?.numFmt)?.numFmt ?? 'General';
    const color = (chart.kind === 'lines' ? LINE_COLORS : STATUS_COLORS)[i % 7]!;
    const look =
      chart.kind === 'lines'
        ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill>${i > 0 ? '<a:prstDash val="dash"/>' : ''}</a:ln></c:spPr>` +
          `<c:marker><c:symbol val="${i > 0 ? 'none' : 'circle'}"/>${i > 0 ? '' : '<c:size val="6"/>'}</c:marker>`
        : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${ref(sheet, start.row, col, start.row, col)}</c:f>${strCache([asText(cellAt(rows, start.row, col))])}</c:strRef></c:tx>` +
        look +
        cat +
        `<c:val><c:numRef><c:f>${ref(sheet, firstData, col, end.row, col)}</c:f>${numCache(values.map(asNumber), format)}</c:numRef></c:val>` +
        (chart.kind === 'lines' ? '<c:smooth val="0"/>' : '') +
        '</c:ser>',
    );
  }
  const axes = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const plot =
    chart.kind === 'lines'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="60"/><c:overlap val="100"/>${axes}</c:barChart>`;
  // A category axis even for dates: the rounds are points to compare, not a time scale of every day between them.
  const catAxis =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="${categoriesAreDates ? 'dd.mm.yyyy' : 'General'}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="0"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAxis =
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:lang val="ru-RU"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title(chart.title)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${catAxis}${valAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** One anchor per chart, each pointing at its chart part through the drawing's relationships rId1, rId2, … */
export function drawingXml(charts: readonly PlannedChart[]): string {
  const anchors = charts.map((chart, i) => {
    const [from, to] = chart.place.split(':');
    const a = parseA1(from!);
    const b = parseA1(to ?? from!);
    const marker = (tag: string, p: { row: number; col: number }): string =>
      `<xdr:${tag}><xdr:col>${p.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', a)}${marker('to', b)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Диаграмма ${i + 1}`)}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join('')}</xdr:wsDr>`
  );
}
