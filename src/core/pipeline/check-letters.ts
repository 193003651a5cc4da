import { CheckProgress } from '../model/check-progress';
import { draftLetters } from '../letters/draft-letters';
import { LetterModel } from '../letters/letter-model';
import { LetterFileRef, nextRegisterRows, readLetterRegister } from '../letters/letter-register';
import { LetterSettings } from '../letters/letter-settings';
import { WorkbookGrids } from '../model/grid';
import { IsoDate } from '../model/iso-date';
import { LetterRegisterRow, OWN_SHEETS } from '../plan/workbook-plan';
import { CheckResult } from './check-result';

/** The «Реестр писем» rows a book already holds (earlier runs, or typed by hand). */
export function registerOf(book: WorkbookGrids): LetterRegisterRow[] {
  const grid = book.grids.find((g) => g.sheet === OWN_SHEETS.letterRegister);
  return grid ? readLetterRegister(grid) : [];
}

/**
 * The explanation requests of a check, numbered after every number the
 * books' registers already used: a re-run never reuses an outgoing number,
 * and a same-day re-run keeps the numbers of the letters it already wrote.
 */
export function draftCheckLetters(
  result: CheckResult,
  books: WorkbookGrids[],
  options: { settings: LetterSettings; today: IsoDate; progress?: CheckProgress },
): LetterModel[] {
  const existing = books.flatMap(registerOf);
  return draftLetters({
    findings: result.evaluation.findings,
    registry: result.registry,
    roadmap: result.roadmap,
    asOf: result.asOf,
    today: options.today,
    settings: options.settings,
    register: existing,
    progress: options.progress,
  });
}

/** Each checked book's plan appends this run's letters to its own «Реестр писем». */
export function withLetterRegister(
  result: CheckResult,
  books: WorkbookGrids[],
  letters: LetterModel[],
  files: LetterFileRef[],
): CheckResult {
  const registers = new Map(books.map((b) => [b.name, registerOf(b)]));
  return {
    ...result,
    books: result.books.map((b) => ({
      ...b,
      plan: { ...b.plan, letterRegister: nextRegisterRows(registers.get(b.book) ?? [], letters, files) },
    })),
  };
}
