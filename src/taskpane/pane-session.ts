import { AsOfSource } from '../core/pipeline/check-result';
import { ControlOutlook } from '../core/evaluate/control-outlook';
import { ColumnMapping } from '../core/model/monitoring';
import { FindingStatus } from '../core/model/finding';
import { IsoDate } from '../core/model/iso-date';

/** The four states a bar shows; the rarer statuses fold into the nearest one a reader knows. */
export type BarState = 'met' | 'not_met' | 'no_data' | 'late';

export interface ItemBar {
  item: string;
  title: string | null;
  counts: Record<BarState, number>;
}

/** One school as the list shows it and filters it. */
export interface SchoolRow {
  id: string;
  name: string;
  /** Lower-cased name and ИНН, for the search. */
  search: string;
  letterNumber: string | null;
  statuses: FindingStatus[];
  /** Items with a finding that needs an explanation. */
  problemItems: string[];
  /** «3.2|not_met»: which item has which status here, for the two filters together. */
  pairs: string[];
}

export interface LetterRow {
  schoolId: string;
  school: string;
  number: string;
  items: string[];
}

/**
 * What the page shows of a check: counts, bars, one short row per school and
 * per letter. The full session (findings, plans, letter texts: over 100 MB of
 * objects at 5,000 schools) stays in the worker; copying it to the page would
 * freeze it for seconds. A school's findings and a letter's text are asked for
 * when opened.
 */
export interface PaneSession {
  checked: boolean;
  asOf: IsoDate;
  asOfSource: AsOfSource;
  schoolCount: number;
  tableCount: number;
  placeholderLetters: boolean;
  /** Where the rules and rounds came from. */
  notices: string[];
  /** Remarks on the data, described, at most 200, and how many there are in all. */
  problems: string[];
  problemCount: number;
  /** Why nothing could be checked (an unusable book), at most 5. */
  errors: string[];
  outlook: ControlOutlook;
  mapping: ColumnMapping[];
  statusCounts: [FindingStatus, number][];
  bars: ItemBar[];
  schools: SchoolRow[];
  letters: LetterRow[];
  /** The next outgoing number once these letters are sent; null when they carry blanks (no settings). */
  nextNumber: number | null;
}

/**
 * The view as it crosses from the worker: one JSON string. A string is copied in one piece,
 * and JSON.parse on the page rebuilds 5,000 rows in milliseconds, where the structured clone
 * of as many small objects holds the page up several times longer.
 */
export type PackedSession = string & { readonly __packed: 'PaneSession' };

export function packSession(session: PaneSession): PackedSession {
  return JSON.stringify(session) as PackedSession;
}

export function unpackSession(packed: PackedSession): PaneSession {
  return JSON.parse(packed) as PaneSession;
}
