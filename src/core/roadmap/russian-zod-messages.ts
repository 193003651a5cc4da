import { z } from 'zod';

/**
 * Russian wording for zod's own issues. The schema's hand-written messages (Russian already)
 * win: this map only replaces zod's English defaults, which it recognises by comparing with
 * what zod's default map would have said.
 */
const TYPE_NAMES: Record<string, string> = {
  string: 'текст',
  number: 'число',
  integer: 'целое число',
  boolean: 'да/нет (true или false)',
  array: 'список',
  object: 'объект',
  null: 'пусто (null)',
  undefined: 'ничего',
};

const typeName = (t: string): string => TYPE_NAMES[t] ?? t;

function russian(issue: z.ZodIssueOptionalMessage): string {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return 'Не заполнено обязательное поле';
      return `Ожидается ${typeName(issue.expected)}, а указано ${typeName(issue.received)}`;
    case z.ZodIssueCode.invalid_literal:
      return `Ожидается значение «${String(issue.expected)}»`;
    case z.ZodIssueCode.invalid_union_discriminator:
      return `Неизвестный вид: допустимы ${issue.options.map((o) => `«${String(o)}»`).join(', ')}`;
    case z.ZodIssueCode.invalid_enum_value:
      return `Недопустимое значение «${String(issue.received)}»: допустимы ${issue.options.map((o) => `«${String(o)}»`).join(', ')}`;
    case z.ZodIssueCode.too_small:
      if (issue.type === 'array')
        return issue.minimum === 1 ? 'Список не может быть пустым' : `В списке должно быть не меньше ${issue.minimum} элементов`;
      if (issue.type === 'string') return 'Поле не может быть пустым';
      return `Значение должно быть не меньше ${String(issue.minimum)}`;
    case z.ZodIssueCode.too_big:
      if (issue.type === 'array') return `В списке должно быть не больше ${issue.maximum} элементов`;
      return `Значение должно быть не больше ${String(issue.maximum)}`;
    case z.ZodIssueCode.invalid_string:
      return 'Неверный формат';
    case z.ZodIssueCode.not_multiple_of:
      return `Значение должно быть кратно ${String(issue.multipleOf)}`;
    default:
      return 'Недопустимое значение';
  }
}

export const russianErrorMap: z.ZodErrorMap = (issue, ctx) => {
  const englishDefault = z.defaultErrorMap(issue, { data: ctx.data, defaultError: '' }).message;
  if (ctx.defaultError !== englishDefault) return { message: ctx.defaultError };
  // zod reports a float where an integer is wanted as invalid_type "integer"/"float".
  if (issue.code === z.ZodIssueCode.invalid_type && issue.expected === 'integer') return { message: 'Должно быть целым числом' };
  return { message: russian(issue) };
};
