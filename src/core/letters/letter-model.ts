import { FindingStatus } from '../model/finding';
import { IsoDate } from '../model/iso-date';
import { Addressee } from './addressee';
import { LetterSettings } from './letter-settings';

/**
 * A letter as plain data, already worded: the .docx, PDF and department-template
 * renderers only lay it out, so every format says exactly the same thing.
 */
export interface LetterModel {
  schoolId: string;
  /** As written in the registry. */
  school: string;
  inn: string | null;
  /** «СОШ-1»: for file names. */
  shortName: string;
  /** «01-19/15». */
  number: string;
  /** The running number inside `number`, for the register. */
  sequence: number;
  date: IsoDate;
  /** The letter date as printed («03.03.2025» or «3 марта 2025 г.»). */
  dateText: string;
  asOf: IsoDate;
  asOfText: string;
  /** Response deadline: N working days after the letter date. */
  deadline: IsoDate;
  deadlineText: string;
  department: LetterSettings['department'];
  signatory: LetterSettings['signatory'];
  executor: LetterSettings['executor'];
  city: string | null;
  addressee: Addressee;
  /** «О предоставлении объяснений»: no full stop. */
  title: string;
  /** Paragraphs before the items (the monitoring, its date, the roadmap). */
  intro: string[];
  items: LetterItem[];
  /** Every finding as a table row, in item order. */
  rows: LetterRow[];
  /** The request to explain and report measures by the deadline (and the repeat warning). */
  request: string[];
  /** Some item was already a finding in the previous round. */
  repeated: boolean;
}

export interface LetterItem {
  /** «3.2». */
  number: string;
  /** The roadmap item's title, when the roadmap knows the item. */
  title: string | null;
  /** What the roadmap requires (expected result), when known. */
  requirement: string | null;
  repeated: boolean;
  /** One paragraph: the item, then one sentence per finding. */
  text: string;
  rows: LetterRow[];
}

export interface LetterRow {
  item: string;
  indicator: string;
  status: FindingStatus;
  /** «Не выполнено», «Нет данных», «Представлено с опозданием»… */
  statusText: string;
  value: string;
  target: string;
  /** «не хватает 3 педагогов до 100 %», «направлено 17.02.2025, срок 14.02.2025». */
  comment: string;
  repeated: boolean;
  /** The sentence for the letter's text. */
  sentence: string;
}
