import { groupBySchool, schoolKeys } from '../model/school-identity';
import { LetterRegisterRow } from '../plan/workbook-plan';

/**
 * The largest running number: far beyond any department's journal, and safely an integer, so
 * «следующий номер» 2^53 or 1e21 can never give two letters one number.
 */
export const MAX_LETTER_NUMBER = 999_999_999;

/**
 * The number of a letter drafted before the department set its numbering: a blank to fill in
 * by hand from the department's journal, like the reply reference «На № ___». Such a letter uses
 * no outgoing number, so no later run can repeat one.
 */
export const UNNUMBERED = '________';

export function isUnnumbered(number: string): boolean {
  return /^_*$/.test(number.trim());
}

/** The running number inside «01-19/15» when the number carries this prefix. */
export function runningNumber(number: string, prefix: string): number | null {
  const text = number.trim();
  if (!text.startsWith(prefix)) return null;
  const m = /^(\d+)/.exec(text.slice(prefix.length).trim());
  return m ? Number(m[1]) : null;
}

/**
 * The first number for this run. An outgoing number is never used twice, so it
 * is past both the settings' next number and every number already in the register.
 */
export function firstFreeNumber(existing: readonly LetterRegisterRow[], settings: { numberPrefix: string; nextNumber: number }): number {
  let highest = 0;
  for (const row of existing) {
    const n = runningNumber(row.number, settings.numberPrefix);
    if (n !== null && n > highest) highest = n;
  }
  return Math.max(settings.nextNumber, highest + 1);
}

export function formatLetterNumber(prefix: string, sequence: number): string {
  return `${prefix}${sequence}`;
}

function sameItems(a: string, b: readonly string[]): boolean {
  const listed = a
    .split(/[,;\s]+/)
    .filter(Boolean)
    .sort();
  return listed.length === b.length && [...b].sort().every((item, i) => item === listed[i]);
}

/**
 * The register row of this very letter from an earlier run of the same day:
 * the same school (as ingestion tells schools apart), same date, same items.
 * Re-running a check keeps that letter's number and adds no second row for it.
 * Build it once per run: the register is grouped by school for every letter.
 */
export function registeredLetters(
  existing: readonly LetterRegisterRow[],
): (letter: { school: string; inn: string | null; dateText: string; items: readonly string[] }) => LetterRegisterRow | null {
  const bySchool = groupBySchool(existing, (row) => schoolKeys(row.school, row.inn || null));
  return (letter) =>
    bySchool
      .find(schoolKeys(letter.school, letter.inn))
      ?.find((row) => row.date === letter.dateText && sameItems(row.items, letter.items)) ?? null;
}
