import { LetterSettings } from '../../core/letters/letter-settings';

/**
 * Without `--settings`, letters are still drafted, with bracketed blanks the
 * specialist fills in Word: a draft to edit is more useful than no draft.
 * The CLI says so on stderr.
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
};
