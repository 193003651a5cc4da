import { LETTERS_DIR, letterFileStem, uniqueFileStems } from '../adapters/letters/letter-file-names';
import { AddinSettings } from '../adapters/office/workbook-settings';
import { LetterModel } from '../core/letters/letter-model';
import { LetterFileRef } from '../core/letters/letter-register';
import { LetterSettings, parseLetterSettings } from '../core/letters/letter-settings';
import { Diagnostic } from '../core/model/diagnostic';
import { WorkbookGrids } from '../core/model/grid';
import { IsoDate } from '../core/model/iso-date';
import { draftCheckLetters, withLetterRegister } from '../core/pipeline/check-letters';
import { CheckResult } from '../core/pipeline/check-result';
import { runCheck } from '../core/pipeline/run-check';
import { getPreset } from '../core/roadmap/presets';
import { DEFAULT_LETTER_SETTINGS } from '../hosts/cli/default-letter-settings';

export const DEFAULT_ROADMAP = 'municipal-2025';

/** A check every host (ribbon, pane in Excel, pane in a browser) runs the same way. */
export interface CheckSession {
  result: CheckResult;
  letters: LetterModel[];
  letterSettings: LetterSettings;
  /** The department has not filled the letter settings in: letters carry bracketed blanks. */
  placeholderLetters: boolean;
  /** Problems with the stored letter settings, shown next to the form. */
  settingsDiagnostics: Diagnostic[];
}

export function letterSettingsOf(settings: AddinSettings): { settings: LetterSettings; placeholder: boolean; diagnostics: Diagnostic[] } {
  if (!settings.letters) return { settings: DEFAULT_LETTER_SETTINGS, placeholder: true, diagnostics: [] };
  const parsed = parseLetterSettings(settings.letters);
  return parsed.ok
    ? { settings: parsed.settings, placeholder: false, diagnostics: [] }
    : { settings: DEFAULT_LETTER_SETTINGS, placeholder: true, diagnostics: parsed.diagnostics };
}

/** The pipeline and the letters, nothing written: the dry run the pane shows first. */
export function runCheckSession(book: WorkbookGrids, settings: AddinSettings, today: IsoDate): CheckSession {
  const roadmap = getPreset(settings.roadmap ?? DEFAULT_ROADMAP) ?? getPreset(DEFAULT_ROADMAP)!;
  const result = runCheck({ books: [book], roadmap, registry: null, mapping: settings.mapping, asOf: settings.asOf, today });
  const letterSettings = letterSettingsOf(settings);
  const letters = result.checked ? draftCheckLetters(result, [book], { settings: letterSettings.settings, today }) : [];
  // The register names the .docx each letter will have when exported.
  const withRegister = withLetterRegister(result, [book], letters, plannedLetterFiles(letters));
  return {
    result: withRegister,
    letters,
    letterSettings: letterSettings.settings,
    placeholderLetters: letterSettings.placeholder,
    settingsDiagnostics: letterSettings.diagnostics,
  };
}

export function plannedLetterFiles(letters: readonly LetterModel[]): LetterFileRef[] {
  const stems = uniqueFileStems(letters);
  return letters.map((l, i) => ({ path: `${LETTERS_DIR}/${stems[i] ?? letterFileStem(l)}.docx`, schoolId: l.schoolId }));
}

/** Settings after a written run: the next outgoing number follows the last one used. */
export function settingsAfterRun(settings: AddinSettings, session: CheckSession): AddinSettings {
  if (session.letters.length === 0 || session.placeholderLetters || !settings.letters) return settings;
  const next = Math.max(session.letterSettings.nextNumber, ...session.letters.map((l) => l.sequence + 1));
  return { ...settings, letters: { ...settings.letters, nextNumber: next } };
}

/** «Лист «Школы», ячейка C7: …» — a diagnostic as one plain sentence with its place. */
export function describeDiagnostic(d: Diagnostic): string {
  const where = d.sheet ? `Лист «${d.sheet}»${d.cell ? `, ячейка ${d.cell}` : ''}: ` : '';
  return `${where}${d.message}`;
}
