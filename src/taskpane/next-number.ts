import { CheckSettings } from '../app/check-settings';

/** The settings to save after letters with these numbers: the next outgoing number follows the last used. */
export function withNextNumber(settings: CheckSettings, next: number | null): CheckSettings {
  return next !== null && settings.letters ? { ...settings, letters: { ...settings.letters, nextNumber: next } } : settings;
}
