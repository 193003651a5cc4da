import { letterFilePaths } from '../adapters/letters/letter-file-names';
import { LetterFormat, RenderLettersOptions, RenderedFile, renderLetters } from '../adapters/letters/render-letters';
import { LetterModel } from '../core/letters/letter-model';
import { deadlineCalendarWarnings } from '../core/letters/deadline-calendar';
import { MAX_LETTER_NUMBER, UNNUMBERED } from '../core/letters/letter-numbering';
import { LetterFileRef, letterReportEntries } from '../core/letters/letter-register';
import { LetterSettings } from '../core/letters/letter-settings';
import { CheckProgress } from '../core/model/check-progress';
import { Diagnostic, diagnostic } from '../core/model/diagnostic';
import { WorkbookGrids } from '../core/model/grid';
import { IsoDate } from '../core/model/iso-date';
import { draftCheckLetters, withLetterRegister } from '../core/pipeline/check-letters';
import { CheckInput, CheckResult } from '../core/pipeline/check-result';
import { roadmapFromBooks } from '../core/pipeline/roadmap-from-books';
import { runCheck } from '../core/pipeline/run-check';
import { buildReport } from '../core/report/build-report';
import { CheckReport } from '../core/report/report-types';
import { CheckSettings, roadmapOf } from './check-settings';
import { ChosenLetterSettings, letterSettingsOf } from './letter-defaults';

/** Everything a check needs, read by the host (files, the workbook, the clock): the core's input and the letters'. */
export interface SessionInput extends CheckInput {
  /**
   * The rules came from a file the user named (`--roadmap FILE`): they win over a «Правила»
   * sheet in the books. Otherwise such a sheet wins over the built-in plan.
   */
  roadmapFromFile?: boolean;
  letterSettings: ChosenLetterSettings;
  /** The formats the letters will be produced in; none: no letters are drafted. */
  letterFormats: readonly LetterFormat[];
}

/**
 * A check as every host runs it (command line, ribbon, pane in Excel, pane in
 * a browser): the pipeline, the letters, the register naming each letter's
 * files. Nothing is written: the host applies the plans and saves the files.
 */
export interface CheckSession {
  result: CheckResult;
  letters: LetterModel[];
  /** Each school's letter files: predicted until the letters are rendered, then the ones produced. */
  letterFiles: LetterFileRef[];
  letterSettings: LetterSettings;
  /** The department has not filled the letter settings in: letters carry bracketed blanks. */
  placeholderLetters: boolean;
  /** Problems with the stored letter settings, shown next to the form. */
  settingsDiagnostics: Diagnostic[];
}

/** The paths each school's letters will have, in every format asked for. */
export function plannedLetterFiles(letters: readonly LetterModel[], formats: readonly LetterFormat[] = ['docx']): LetterFileRef[] {
  return formats.flatMap((format) => letterFilePaths(letters, format));
}

export function checkSession(input: SessionInput): CheckSession {
  const rules = roadmapFromBooks(input.books, input.roadmap, input.roadmapFromFile ?? false);
  if (!rules.ok) return uncheckedSession(input, rules.diagnostics);
  const checked = runCheck({
    books: input.books,
    roadmap: rules.roadmap,
    registry: input.registry,
    mapping: input.mapping,
    asOf: input.asOf,
    today: input.today,
    previous: input.previous ?? null,
    progress: input.progress,
  });
  const result = rules.diagnostics.length > 0 ? { ...checked, diagnostics: [...rules.diagnostics, ...checked.diagnostics] } : checked;
  const { settings, placeholder, diagnostics } = input.letterSettings;
  const drafted =
    result.checked && input.letterFormats.length > 0 ? draftCheckLetters(result, input.books, { settings, today: input.today, progress: input.progress }) : [];
  // A register or settings past the safe range of numbers: no letter is drafted and no number used.
  // Placeholder letters use no number at all: theirs is a blank, filled in from the journal.
  const numbering = placeholder ? [] : numberingProblems(drafted);
  const letters = numbering.length > 0 ? [] : placeholder ? drafted.map(unnumbered) : drafted;
  const letterFiles = plannedLetterFiles(letters, [...new Set(input.letterFormats)]);
  const added = [...numbering, ...deadlineCalendarWarnings(letters, settings.calendar)];
  const warned = added.length > 0 ? { ...result, diagnostics: [...result.diagnostics, ...added] } : result;
  return {
    result: letters.length > 0 ? withLetterRegister(warned, input.books, letters, letterFiles) : warned,
    letters,
    letterFiles,
    letterSettings: settings,
    placeholderLetters: placeholder,
    settingsDiagnostics: diagnostics,
  };
}

/**
 * Without the department's numbering (no settings, or settings the form refuses) a letter's
 * number is left blank: a made-up «1», «2»… would repeat on the next run and clash with the
 * department's journal.
 */
function unnumbered(letter: LetterModel): LetterModel {
  return { ...letter, number: UNNUMBERED };
}

/** The outgoing numbers this run would use, when one is past the safe range. */
function numberingProblems(letters: readonly LetterModel[]): Diagnostic[] {
  const over = letters.find((l) => !Number.isSafeInteger(l.sequence) || l.sequence > MAX_LETTER_NUMBER);
  if (!over) return [];
  return [
    diagnostic(
      'letters.number-out-of-range',
      'error',
      `Письма не подготовлены: следующий исходящий номер (${over.number}) больше ${MAX_LETTER_NUMBER}. ` +
        'Проверьте «Следующий исходящий номер» в настройках писем и номера в листе «Реестр писем».',
    ),
  ];
}

/**
 * A «Правила» sheet with bad rows: no check runs on half-loaded rules. The session says why,
 * cell by cell, and checks nothing (the command line exits 1, the pane shows the messages).
 */
function uncheckedSession(input: SessionInput, problems: Diagnostic[]): CheckSession {
  const empty = runCheck({ ...input, books: [], previous: null });
  return {
    result: { ...empty, books: [], diagnostics: problems, checked: false },
    letters: [],
    letterFiles: [],
    letterSettings: input.letterSettings.settings,
    placeholderLetters: input.letterSettings.placeholder,
    settingsDiagnostics: input.letterSettings.diagnostics,
  };
}

/** The session of one workbook with the pane's settings: the dry run the pane shows first, and the ribbon's check. */
export function checkBookSession(book: WorkbookGrids, settings: CheckSettings, today: IsoDate, progress?: CheckProgress): CheckSession {
  return checkSession({
    progress,
    books: [book],
    roadmap: roadmapOf(settings),
    registry: null,
    mapping: settings.mapping,
    asOf: settings.asOf,
    today,
    letterSettings: letterSettingsOf(settings),
    // The register names the .docx each letter will have when exported.
    letterFormats: ['docx'],
  });
}

/**
 * Renders the session's letters and ties the register to the files actually
 * produced (a broken template produces none: the register then names none).
 */
export async function renderSessionLetters(
  session: CheckSession,
  books: WorkbookGrids[],
  options: RenderLettersOptions,
): Promise<{ session: CheckSession; files: RenderedFile[]; errors: Diagnostic[] }> {
  if (session.letters.length === 0) return { session, files: [], errors: [] };
  const rendered = await renderLetters(session.letters, options);
  const letterFiles = rendered.written;
  const result = withLetterRegister(session.result, books, session.letters, letterFiles);
  return {
    session: { ...session, letterFiles, result: { ...result, diagnostics: [...result.diagnostics, ...rendered.diagnostics] } },
    files: rendered.files,
    // A broken template or a renderer that failed: the host stops and says so, writing nothing.
    errors: rendered.diagnostics.filter((d) => d.severity === 'error'),
  };
}

/** report.json of the session. */
export function sessionReport(session: CheckSession): CheckReport {
  return buildReport(session.result, letterReportEntries(session.letters, session.letterFiles));
}
