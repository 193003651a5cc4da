import type { Content, TableCell } from 'pdfmake/interfaces';
import { LetterModel } from '../../core/letters/letter-model';
import {
  BODY_PT,
  EXECUTOR_PT,
  FINDINGS_COLUMNS,
  FIRST_LINE_INDENT_MM,
  PDF_TABLE_PT,
  REPLY_REFERENCE,
  TABLE_PT,
  mmToPoints,
} from './letter-layout';

const body = (text: string): Content => ({ text, alignment: 'justify', leadingIndent: mmToPoints(FIRST_LINE_INDENT_MM) });
const gap = (points = BODY_PT): Content => ({ text: '', margin: [0, 0, 0, points] });

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
          { text: `тел. ${d.phone}, e-mail: ${d.email}`, fontSize: TABLE_PT, alignment: 'center' },
          gap(),
          { text: `${letter.dateText} № ${letter.number}` },
          { text: REPLY_REFERENCE },
        ],
      },
      {
        width: '50%',
        margin: [mmToPoints(10), 0, 0, 0],
        stack: [{ text: `${a.position} ${a.school}` }, ...(a.personDative ? [{ text: a.personDative }] : [])],
      },
    ],
  };
}

function findingsTable(letter: LetterModel): Content {
  const cell = (text: string, bold = false): TableCell => ({ text, bold, fontSize: PDF_TABLE_PT });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: FINDINGS_COLUMNS.map((c) => `${c.width}%`),
      body: [
        FINDINGS_COLUMNS.map((c) => cell(c.caption, true)),
        ...letter.rows.map((r) =>
          [r.item, `${r.indicator} (${r.statusText.toLowerCase()})`, r.value, r.target, r.comment].map((t) => cell(t)),
        ),
      ],
    },
  };
}

/** One letter as pdfmake content, in the same order and layout as the .docx. */
export function letterContent(letter: LetterModel): Content[] {
  return [
    headerBlock(letter),
    gap(BODY_PT * 2),
    { text: letter.title },
    gap(),
    { text: letter.addressee.salutation, alignment: 'center' },
    gap(),
    ...letter.intro.map(body),
    ...letter.items.map((i) => body(i.text)),
    gap(),
    findingsTable(letter),
    gap(),
    ...letter.request.map(body),
    gap(BODY_PT * 2),
    {
      columns: [
        { text: letter.signatory.position, width: '*' },
        { text: letter.signatory.name, width: 'auto', alignment: 'right' },
      ],
    },
    gap(BODY_PT * 2),
    { text: letter.executor.name, fontSize: EXECUTOR_PT },
    { text: letter.executor.phone, fontSize: EXECUTOR_PT },
  ];
}
