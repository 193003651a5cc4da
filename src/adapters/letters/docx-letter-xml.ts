import { LetterModel } from '../../core/letters/letter-model';
import {
  ADDRESSEE_GAP_MM,
  BODY_PT,
  CELL_PADDING_PT,
  EXECUTOR_PT,
  FINDINGS_COLUMNS,
  FIRST_LINE_INDENT_MM,
  GAPS_PT,
  REPLY_REFERENCE,
  TABLE_PT,
  TEXT_WIDTH_MM,
  linePitchPt,
  mmToTwips,
  pointsToTwips,
} from './letter-layout';

/**
 * One letter's body (word/document.xml between <w:body> and its section properties), written
 * directly: the same elements, attributes and order as the docx library writes for
 * `letterSection` (docx-letter-section.ts), which a test checks byte for byte on every sample
 * letter. Building the docx object tree and re-packing 21 parts per letter cost most of a
 * region's rendering time; only this part and the title in core.xml differ between letters.
 */

/** The docx library's escaping of text and attribute values: five entities, control characters dropped. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
export const escapeXml = (value: string): string => value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');

type Jc = 'left' | 'center' | 'both';

interface ParagraphXml {
  sizePt: number;
  jc?: Jc;
  afterPt?: number;
  beforePt?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  firstLine?: boolean;
  tabRight?: boolean;
  /** The executor's frame at the foot of the page (see docx-letter-section.ts). */
  footFrame?: boolean;
}

const halfPoints = (pt: number) => pt * 2;
/** The docx library writes a false on/off property out and leaves an undefined one away. */
const onOff = (tag: string, on: boolean | undefined) => (on === undefined ? '' : on ? `<${tag}/>` : `<${tag} w:val="false"/>`);

const FOOT_FRAME =
  `<w:framePr w:w="${mmToTwips(TEXT_WIDTH_MM)}" w:hAnchor="margin" w:vAnchor="margin" w:hSpace="0"` +
  ` w:vSpace="${pointsToTwips(GAPS_PT.beforeExecutor)}" w:xAlign="left" w:yAlign="bottom" w:wrap="notBeside"/>`;

function pPr(p: ParagraphXml): string {
  const spacing =
    `<w:spacing w:after="${pointsToTwips(p.afterPt ?? 0)}" w:before="${pointsToTwips(p.beforePt ?? 0)}"` +
    ` w:line="${pointsToTwips(linePitchPt(p.sizePt))}" w:lineRule="exact"/>`;
  return (
    '<w:pPr>' +
    onOff('w:keepNext', p.keepNext) +
    onOff('w:keepLines', p.keepLines) +
    (p.footFrame ? FOOT_FRAME : '') +
    (p.tabRight ? `<w:tabs><w:tab w:val="right" w:pos="${mmToTwips(TEXT_WIDTH_MM)}"/></w:tabs>` : '') +
    spacing +
    (p.firstLine ? `<w:ind w:firstLine="${mmToTwips(FIRST_LINE_INDENT_MM)}"/>` : '') +
    (p.jc ? `<w:jc w:val="${p.jc}"/>` : '') +
    '</w:pPr>'
  );
}

const text = (t: string) => `<w:t xml:space="preserve">${escapeXml(t)}</w:t>`;

/** A run with its own size; `bold` false is written out (as the table cells set it), undefined is not. */
function sizedRun(t: string, sizePt: number, bold?: boolean): string {
  const b = onOff('w:b', bold) + onOff('w:bCs', bold);
  const sz = halfPoints(sizePt);
  return `<w:r><w:rPr>${b}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/></w:rPr>${text(t)}</w:r>`;
}

interface LineXml {
  size?: number;
  bold?: boolean;
  jc?: Jc;
  after?: number;
  before?: number;
  keepNext?: boolean;
}

/** `line()` of docx-letter-section.ts. */
function line(t: string, o: LineXml = {}): string {
  const size = o.size ?? BODY_PT;
  return `<w:p>${pPr({ sizePt: size, jc: o.jc ?? 'left', afterPt: o.after, beforePt: o.before, keepNext: o.keepNext })}${sizedRun(t, size, o.bold)}</w:p>`;
}

/** `body()` of docx-letter-section.ts: a justified paragraph with a first-line indent, the default run. */
function body(t: string, o: { after?: number; before?: number; keepNext?: boolean } = {}): string {
  const p = pPr({
    sizePt: BODY_PT,
    jc: 'both',
    firstLine: true,
    afterPt: o.after,
    beforePt: o.before,
    keepNext: o.keepNext,
    keepLines: o.keepNext,
  });
  return `<w:p>${p}<w:r>${text(t)}</w:r></w:p>`;
}

const dxa = (tag: string, w: number) => `<${tag} w:type="dxa" w:w="${w}"/>`;
const sides = (tag: string, v: { top: number; left: number; bottom: number; right: number }) =>
  `<${tag}>${dxa('w:top', v.top)}${dxa('w:left', v.left)}${dxa('w:bottom', v.bottom)}${dxa('w:right', v.right)}</${tag}>`;
const border = (side: string, val: string, color: string, sz: number) => `<w:${side} w:val="${val}" w:color="${color}" w:sz="${sz}"/>`;
const SIDES = ['top', 'left', 'bottom', 'right'];
const NO_CELL_BORDERS = `<w:tcBorders>${SIDES.map((s) => border(s, 'none', 'FFFFFF', 0)).join('')}</w:tcBorders>`;
const tableBorders = (val: string, color: string, sz: number) =>
  `<w:tblBorders>${[...SIDES, 'insideH', 'insideV'].map((s) => border(s, val, color, sz)).join('')}</w:tblBorders>`;
const grid = (widths: number[]) => `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;

function headerBlock(letter: LetterModel): string {
  const d = letter.department;
  const left = [
    line(d.name, { bold: true, jc: 'center' }),
    line(d.address, { size: TABLE_PT, jc: 'center' }),
    line(`тел. ${d.phone}, e-mail: ${d.email}`, { size: TABLE_PT, jc: 'center', after: GAPS_PT.inHeader }),
    line(`${letter.dateText} №\u00A0${letter.number}`),
    line(REPLY_REFERENCE),
  ].join('');
  const a = letter.addressee;
  const right = [line(`${a.position} ${a.school}`), ...(a.personDative ? [line(a.personDative)] : [])].join('');
  const half = Math.round(mmToTwips(TEXT_WIDTH_MM) / 2);
  const zero = { top: 0, left: 0, bottom: 0, right: 0 };
  const cell = (leftMargin: number, content: string) =>
    `<w:tc><w:tcPr>${dxa('w:tcW', half)}${NO_CELL_BORDERS}${sides('w:tcMar', { ...zero, left: leftMargin })}</w:tcPr>${content}</w:tc>`;
  return (
    `<w:tbl><w:tblPr>${dxa('w:tblW', half * 2)}${tableBorders('none', 'FFFFFF', 0)}${sides('w:tblCellMar', zero)}</w:tblPr>` +
    `${grid([half, half])}<w:tr>${cell(0, left)}${cell(mmToTwips(ADDRESSEE_GAP_MM), right)}</w:tr></w:tbl>`
  );
}

function findingsTable(letter: LetterModel): string {
  const total = mmToTwips(TEXT_WIDTH_MM);
  const widths = FINDINGS_COLUMNS.map((c) => Math.round((total * c.width) / 100));
  const cell = (t: string, i: number, bold: boolean) =>
    `<w:tc><w:tcPr>${dxa('w:tcW', widths[i])}</w:tcPr>${line(t, { size: TABLE_PT, bold })}</w:tc>`;
  const header = `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${FINDINGS_COLUMNS.map((c, i) => cell(c.caption, i, true)).join('')}</w:tr>`;
  const rows = letter.rows.map(
    (r) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${FINDINGS_COLUMNS.map((c, i) => cell(r[c.field], i, false)).join('')}</w:tr>`,
  );
  const margins = sides('w:tblCellMar', {
    top: pointsToTwips(CELL_PADDING_PT.top),
    left: pointsToTwips(CELL_PADDING_PT.left),
    bottom: pointsToTwips(CELL_PADDING_PT.bottom),
    right: pointsToTwips(CELL_PADDING_PT.right),
  });
  return `<w:tbl><w:tblPr>${dxa('w:tblW', total)}${tableBorders('single', 'auto', 4)}${margins}</w:tblPr>${grid(widths)}${header}${rows.join('')}</w:tbl>`;
}

function executorLine(t: string): string {
  return `<w:p>${pPr({ sizePt: EXECUTOR_PT, jc: 'left', keepNext: true, footFrame: true })}${sizedRun(t, EXECUTOR_PT)}</w:p>`;
}

function signature(letter: LetterModel): string {
  const p = pPr({ sizePt: BODY_PT, keepNext: true, tabRight: true });
  return `<w:p>${p}<w:r>${text(letter.signatory.position)}</w:r><w:r><w:tab/>${text(letter.signatory.name)}</w:r></w:p>`;
}

function closing(letter: LetterModel): string {
  const last = letter.request.length - 1;
  const request = letter.request.map((t, i) =>
    body(t, { before: i === 0 ? GAPS_PT.afterTable : 0, after: i === last ? GAPS_PT.beforeSignature : 0, keepNext: i === last }),
  );
  const frame = [executorLine(letter.executor.name), executorLine(letter.executor.phone)];
  return [...request.slice(0, last), ...frame, request[last], signature(letter)].join('');
}

/** The letter's paragraphs and tables, without the section properties (the same for every letter). */
export function letterBodyXml(letter: LetterModel): string {
  return [
    headerBlock(letter),
    line(letter.title, { before: GAPS_PT.afterHeader, after: GAPS_PT.afterTitle }),
    line(letter.addressee.salutation, { jc: 'center', after: GAPS_PT.afterSalutation }),
    ...letter.intro.map((t, i) => body(t, { after: i === letter.intro.length - 1 ? GAPS_PT.afterIntro : 0 })),
    ...(letter.rows.length > 0 ? [findingsTable(letter)] : []),
    closing(letter),
  ].join('');
}
