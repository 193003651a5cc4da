import { LetterModel } from '../core/letters/letter-model';
import { LetterSettings, parseLetterSettings } from '../core/letters/letter-settings';
import { Diagnostic } from '../core/model/diagnostic';
import { CheckSettings } from './check-settings';

/**
 * Until the department fills its details in, letters are still drafted, with
 * bracketed blanks the specialist fills in Word: a draft to edit is more
 * useful than no draft. Every host says so.
 */
export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
  department: {
    name: 'Управление образования [наименование]',
    address: '[почтовый адрес]',
    phone: '[телефон]',
    email: '[электронная почта]',
  },
  signatory: { position: 'Начальник управления образования', name: 'И.О. Фамилия' },
  executor: { name: '[Фамилия Имя Отчество исполнителя]', phone: '[телефон исполнителя]' },
  numberPrefix: '',
  nextNumber: 1,
  responseWorkingDays: 3,
  dateStyle: 'numeric',
  footnoteItemsOnly: false,
  calendar: { daysOff: [], workingDays: [] },
};

export interface ChosenLetterSettings {
  settings: LetterSettings;
  /** Not filled in (or not usable): the letters carry bracketed blanks. */
  placeholder: boolean;
  /** Problems with the stored letter settings, shown next to the form. */
  diagnostics: Diagnostic[];
}

/** The letter settings of a check: the department's own when they are usable, the blanks otherwise. */
export function letterSettingsOf(settings: Pick<CheckSettings, 'letters'>): ChosenLetterSettings {
  if (!settings.letters) return { settings: DEFAULT_LETTER_SETTINGS, placeholder: true, diagnostics: [] };
  const parsed = parseLetterSettings(settings.letters);
  return parsed.ok
    ? { settings: parsed.settings, placeholder: false, diagnostics: [] }
    : { settings: DEFAULT_LETTER_SETTINGS, placeholder: true, diagnostics: parsed.diagnostics };
}

/** Settings after a written run: the next outgoing number follows the last one used. */
export function settingsAfterRun(
  settings: CheckSettings,
  session: { letters: readonly LetterModel[]; letterSettings: LetterSettings; placeholderLetters: boolean },
): CheckSettings {
  if (session.letters.length === 0 || session.placeholderLetters || !settings.letters) return settings;
  const next = Math.max(session.letterSettings.nextNumber, ...session.letters.map((l) => l.sequence + 1));
  return { ...settings, letters: { ...settings.letters, nextNumber: next } };
}
