import type { Content, TableCell } from 'pdfmake/interfaces';
import { LetterModel } from '../../core/letters/letter-model';
import {
  ADDRESSEE_GAP_MM,
  CELL_PADDING_PT,
  EXECUTOR_PT,
  FINDINGS_COLUMNS,
  FIRST_LINE_INDENT_MM,
  GAPS_PT,
  MARGINS_MM,
  PAGE_MM,
  REPLY_REFERENCE,
  TABLE_PT,
  linePitchPt,
  mmToPoints,
} from './letter-layout';
import { withBreakableWords } from './pdf-long-words';

/** Spacing is the bottom margin of a block, in points, as the .docx's «spacing after». */
const body = (text: string, after = 0, before = 0): Content => ({
  text,
  alignment: 'justify',
  leadingIndent: mmToPoints(FIRST_LINE_INDENT_MM),
  margin: [0, before, 0, after],
});

function headerBlock(letter: LetterModel): Content {
  const d = letter.department;
  const a = letter.addressee;
  return {
    columns: [
      {
        width: '50%',
        stack: [
          { text: d.name, bold: true, alignment: 'center' },
          { text: d.address, fontSize: TABLE_PT, alignment: 'center' },
          { text: `тел. ${d.phone}, e-mail: ${d.email}`, fontSize: TABLE_PT, alignment: 'center', margin: [0, 0, 0, GAPS_PT.inHeader] },
          { text: `${letter.dateText} №\u00A0${letter.number}` },
          { text: REPLY_REFERENCE },
        ],
      },
      {
        width: '50%',
        margin: [mmToPoints(ADDRESSEE_GAP_MM), 0, 0, 0],
        stack: [{ text: `${a.position} ${a.school}` }, ...(a.personDative ? [{ text: a.personDative }] : [])],
      },
    ],
    columnGap: 0,
  };
}

function findingsTable(letter: LetterModel): Content {
  const cell = (text: string, bold = false): TableCell => ({ text, bold, fontSize: TABLE_PT });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: FINDINGS_COLUMNS.map((c) => `${c.width}%`),
      body: [FINDINGS_COLUMNS.map((c) => cell(c.caption, true)), ...letter.rows.map((r) => FINDINGS_COLUMNS.map((c) => cell(r[c.field])))],
    },
    // Word's single borders (½ pt) and the .docx cells' padding.
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => CELL_PADDING_PT.left,
      paddingRight: () => CELL_PADDING_PT.right,
      paddingTop: () => CELL_PADDING_PT.top,
      paddingBottom: () => CELL_PADDING_PT.bottom,
    },
  };
}

/** The executor's two lines, at the foot of the page: their height is kept free above the margin. */
const EXECUTOR_HEIGHT_PT = 2 * linePitchPt(EXECUTOR_PT);

/**
 * The last request paragraph and the signature in one unbreakable block, so no page holds only
 * the signature; the block ends with room for the executor (blank lines of its size, after the
 * signature's gap), and the executor is then drawn at the foot of that page, as the .docx's
 * frame stands at the bottom margin: it never runs into the text, and no page holds only it.
 */
function closing(letter: LetterModel): Content[] {
  const last = letter.request.length - 1;
  const paragraphs = letter.request.map((text, i) =>
    body(text, i === last ? GAPS_PT.beforeSignature : 0, i === 0 ? GAPS_PT.afterTable : 0),
  );
  return [
    ...paragraphs.slice(0, last),
    {
      unbreakable: true,
      stack: [
        paragraphs[last],
        {
          columns: [
            { text: letter.signatory.position, width: '*' },
            { text: letter.signatory.name, width: 'auto', alignment: 'right' },
          ],
          margin: [0, 0, 0, GAPS_PT.beforeExecutor],
        },
        { text: '\u00A0\n\u00A0', fontSize: EXECUTOR_PT },
      ],
    },
    {
      absolutePosition: { x: mmToPoints(MARGINS_MM.left), y: mmToPoints(PAGE_MM.height - MARGINS_MM.bottom) - EXECUTOR_HEIGHT_PT },
      stack: [
        { text: letter.executor.name, fontSize: EXECUTOR_PT },
        { text: letter.executor.phone, fontSize: EXECUTOR_PT },
      ],
    },
  ];
}

/** One letter as pdfmake content, in the same order and layout as the .docx. */
export function letterContent(letter: LetterModel): Content[] {
  return withBreakableWords([
    headerBlock(letter),
    { text: letter.title, margin: [0, GAPS_PT.afterHeader, 0, GAPS_PT.afterTitle] },
    { text: letter.addressee.salutation, alignment: 'center', margin: [0, 0, 0, GAPS_PT.afterSalutation] },
    ...letter.intro.map((t, i) => body(t, i === letter.intro.length - 1 ? GAPS_PT.afterIntro : 0)),
    ...(letter.rows.length > 0 ? [findingsTable(letter)] : []),
    ...closing(letter),
  ]);
}
