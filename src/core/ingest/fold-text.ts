import { hasSpacesToCollapse } from '../model/single-spaced';

/**
 * Header and title text reduced to what matching needs: lower case, ё → е,
 * every kind of space and quote made plain, runs of spaces collapsed. All
 * synonym patterns in this folder are written against folded text, so they
 * never have to care about «ёлочки», no-break spaces or line breaks in cells.
 */
const QUOTES = /[«»"„“”‘’'`]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const YO = /ё/g;

/** Runs per cell for flags, dates and «н/д»: the copies that change nothing are skipped. */
export function foldText(text: string): string {
  let t = text.toLowerCase();
  if (t.includes('ё')) t = t.replace(YO, 'е');
  t = t.replace(QUOTES, '"').replace(DASHES, '-');
  // SPACES is `\s` (the three it names are in it): only these texts change.
  if (hasSpacesToCollapse(t)) t = t.replace(SPACES, ' ');
  return t.trim();
}

/** A cell's value as text for headers and titles (numbers as written, booleans dropped). */
export function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
