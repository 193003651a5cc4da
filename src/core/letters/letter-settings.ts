import { z } from 'zod';
import { Diagnostic, diagnostic } from '../model/diagnostic';
import { isIsoDate } from '../model/iso-date';
import { MAX_LETTER_NUMBER } from './letter-numbering';

/**
 * What a department fills in once: who writes, who signs, how letters are
 * numbered and how long schools have to answer. The command line reads it from
 * a JSON file; the add-in will keep the same object in the workbook.
 */
const text = (what: string) =>
  z
    .string({ required_error: `Не указано: ${what}`, invalid_type_error: `${what}: ожидается текст` })
    .trim()
    .min(1, `Не указано: ${what}`);

/** «2026-12-03» or «03.12.2026» → the ISO date; anything else is left for the schema to reject. */
function toIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  return ru ? `${ru[3]}-${ru[2].padStart(2, '0')}-${ru[1].padStart(2, '0')}` : text;
}

const dateSchema = (what: string) =>
  z.preprocess(
    toIsoDate,
    z.string({ invalid_type_error: `${what}: ожидается дата` }).refine(isIsoDate, { message: `${what}: ожидается дата вида ДД.ММ.ГГГГ` }),
  );

export const letterSettingsSchema = z.object({
  department: z.object({
    name: text('название органа управления образованием'),
    address: text('почтовый адрес'),
    phone: text('телефон'),
    email: text('адрес электронной почты'),
  }),
  signatory: z.object({
    position: text('должность подписывающего'),
    name: text('инициалы и фамилия подписывающего').refine((s) => /^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?\S/.test(s), {
      message: 'Подписывающий пишется как «И.О. Фамилия»',
    }),
  }),
  executor: z.object({
    name: text('исполнитель'),
    phone: text('телефон исполнителя'),
  }),
  /** «01-19/»: the outgoing number is the prefix followed by the running number. */
  numberPrefix: z.string({ invalid_type_error: 'Префикс номера: ожидается текст' }).default(''),
  nextNumber: z
    .number({ invalid_type_error: 'Следующий номер письма должен быть числом' })
    .int('Следующий номер письма должен быть целым')
    .min(1, 'Следующий номер письма должен быть не меньше 1')
    .max(MAX_LETTER_NUMBER, `Следующий номер письма должен быть не больше ${MAX_LETTER_NUMBER}`)
    .default(1),
  responseWorkingDays: z
    .number({ invalid_type_error: 'Срок ответа должен быть числом рабочих дней' })
    .int('Срок ответа — целое число рабочих дней')
    .min(1, 'Срок ответа — не меньше 1 рабочего дня')
    .max(60, 'Срок ответа — не больше 60 рабочих дней')
    .default(3),
  /** «numeric»: 03.03.2025; «long»: 3 марта 2025 г. (both allowed by ГОСТ Р 7.0.97-2025). */
  dateStyle: z.enum(['numeric', 'long'], { message: 'Формат даты: «numeric» или «long»' }).default('numeric'),
  /** Only items marked with the footnote «*» go into letters (default: every finding that needs one). */
  footnoteItemsOnly: z.boolean({ invalid_type_error: 'footnoteItemsOnly: ожидается true или false' }).default(false),
  city: z.string().trim().min(1).optional(),
  /** The date on the letters and the start of the reply period; today when not set. */
  letterDate: dateSchema('Дата писем').optional(),
  /**
   * Transfers of days off the built-in calendar does not know yet (a decree published after
   * this version, a regional holiday): days off and working days (a working Saturday).
   */
  calendar: z
    .object({
      daysOff: z.array(dateSchema('Выходной день')).default([]),
      workingDays: z.array(dateSchema('Рабочий день')).default([]),
    })
    .default({ daysOff: [], workingDays: [] }),
});

export type LetterSettings = z.infer<typeof letterSettingsSchema>;

export type ParsedLetterSettings = { ok: true; settings: LetterSettings } | { ok: false; diagnostics: Diagnostic[] };

/** Validates settings from JSON; every problem becomes one Russian diagnostic with its JSON path. */
export function parseLetterSettings(json: unknown): ParsedLetterSettings {
  const result = letterSettingsSchema.safeParse(json);
  if (result.success) return { ok: true, settings: result.data };
  const diagnostics = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(весь файл)';
    const message =
      issue.code === 'invalid_type' && issue.received === 'undefined' && issue.path.length > 0
        ? `Настройки писем, поле ${path}: не заполнено`
        : `Настройки писем, поле ${path}: ${issue.message}`;
    return diagnostic('letters.settings-invalid', 'error', message);
  });
  return { ok: false, diagnostics };
}
