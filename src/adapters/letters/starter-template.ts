import { LetterModel } from '../../core/letters/letter-model';
import { renderDefaultDocx } from './docx-letters';

/**
 * A letter whose every text is a placeholder: laid out by the default renderer
 * it becomes a starter template in the ГОСТ layout that a department can open
 * in Word, restyle and load back (docs/letters.md lists the placeholders).
 */
const PLACEHOLDER_LETTER: LetterModel = {
  schoolId: '',
  school: '{school}',
  inn: null,
  shortName: '',
  number: '{number}',
  sequence: 0,
  date: '',
  dateText: '{date}',
  asOf: '',
  asOfText: '{asOf}',
  deadline: '',
  deadlineText: '{deadline}',
  department: { name: '{department}', address: '{departmentAddress}', phone: '{departmentPhone}', email: '{departmentEmail}' },
  signatory: { position: '{signatoryPosition}', name: '{signatoryName}' },
  executor: { name: '{executorName}', phone: '{executorPhone}' },
  city: null,
  addressee: { position: '{addresseePosition}', school: '{school}', personDative: '{directorDative}', salutation: '{salutation}' },
  title: '{title}',
  intro: ['{intro}'],
  // The default layout says every finding once, in the table: no per-item paragraphs ({#items}{text}{/items} still works).
  items: [],
  // The loop tags in the first and last cells repeat the table row per finding.
  rows: [
    {
      item: '{#findings}{item}',
      indicator: '{indicator}',
      status: 'not_met',
      statusText: '{status}',
      value: '{value}',
      target: '{target}',
      comment: '{comment}{/findings}',
      repeated: false,
      sentence: '',
    },
  ],
  // A conditional paragraph: only letters with repeated findings keep it.
  request: ['{request}', '{#repeated}', '{repeatWarning}', '{/repeated}'],
  repeated: false,
};

export async function buildStarterTemplate(): Promise<Uint8Array> {
  return renderDefaultDocx([PLACEHOLDER_LETTER], { executorAnchor: 0 });
}
