import { CheckSettings, DEFAULT_SETTINGS, parseStoredSettings } from '../app/check-settings';

/** What tells one chosen file from another without reading it twice: its name, size and time of change. */
export interface FileIdentity {
  name: string;
  size: number;
  lastModified: number;
}

const BOOK_PREFIX = 'roadmap-control.book:';
/** The department's letter details and its outgoing counter: one department, one sequence of numbers for all its books. */
const LETTERS_KEY = 'roadmap-control.letters';
/** Where earlier versions kept everything for every file: only the letter details are taken over from it. */
const OLD_KEY = 'roadmap-control.settings';

export function bookKey(file: FileIdentity): string {
  return `${BOOK_PREFIX}${file.name}|${file.size}|${file.lastModified}`;
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private windows may refuse storage: the choices then last for this visit.
  }
}

function storedLetters(): CheckSettings['letters'] {
  const own = read(LETTERS_KEY);
  if (own !== null) return parseStoredSettings({ letters: safeJson(own) }).letters;
  return parseStoredSettings(read(OLD_KEY)).letters;
}

/**
 * Browser mode's memory: the plan, the monitoring date and the column fixes
 * belong to one file (a date chosen for one book is never applied to
 * another); the letter details and the next outgoing number belong to the
 * department, so two books never send letters with the same number.
 */
export function loadBookSettings(key: string | null): CheckSettings {
  const book = key ? parseStoredSettings(read(key)) : { ...DEFAULT_SETTINGS };
  return { ...book, letters: storedLetters() };
}

export function saveBookSettings(key: string | null, settings: CheckSettings): void {
  if (key) write(key, { roadmap: settings.roadmap, asOf: settings.asOf, mapping: settings.mapping });
  write(LETTERS_KEY, settings.letters);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
