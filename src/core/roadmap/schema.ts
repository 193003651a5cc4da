import { z } from 'zod';
import { isIsoDate } from '../model/iso-date';
import { isKnownMeasure } from '../model/measures';

/**
 * The roadmap as data. A preset, a JSON file and a sheet-shaped table all end
 * up as a `Roadmap` parsed by these schemas; nothing half-parsed is used.
 * Russian messages are attached here so an invalid rule reads well wherever
 * it came from (see rules/parse-roadmap.ts for how paths are reported).
 */

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Дата должна быть в формате ГГГГ-ММ-ДД и существовать в календаре' });

export const measureIdSchema = z
  .string()
  .refine(isKnownMeasure, (id) => ({ message: `Неизвестный показатель «${id}»: его нет в справочнике показателей` }));

const percentSchema = z
  .number({ invalid_type_error: 'Порог должен быть числом', required_error: 'Не указан порог' })
  .min(0, 'Порог не может быть меньше 0 %')
  .max(100, 'Порог не может быть больше 100 %');

const monthsSchema = z.array(z.number().int().min(1).max(12)).nonempty().optional();

/** How often and when the УО checks an item. `months` limits a schedule to a season. */
export const scheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly'), months: monthsSchema }),
  z.object({
    kind: z.literal('every_n_weeks'),
    weeks: z.number().int().min(2).max(8),
    /** A date the rhythm counts from (the first monitoring). */
    anchor: isoDateSchema,
    months: monthsSchema,
  }),
  z.object({
    kind: z.literal('monthly'),
    /** «ежемесячно до 25 числа»: the day of the month the monitoring is due by. */
    byDay: z.number().int().min(1).max(31).optional(),
    months: monthsSchema,
  }),
  z.object({ kind: z.literal('quarterly') }),
  z.object({ kind: z.literal('window'), from: isoDateSchema, to: isoDateSchema }),
  z.object({ kind: z.literal('end_of_quarter') }),
  /** «по состоянию на конец учебного года (май–июнь)». */
  z.object({ kind: z.literal('end_of_year'), months: z.array(z.number().int().min(1).max(12)).nonempty() }),
  /** «по состоянию на начало года (сентябрь)». */
  z.object({ kind: z.literal('start_of_year'), month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('once'), date: isoDateSchema }),
]);
export type Schedule = z.infer<typeof scheduleSchema>;

/** The rule an indicator applies to one school's (or the municipality's) measures. */
export const ruleSchema = z.discriminatedUnion('kind', [
  /** numerator / denominator ≥ target %; `percentMeasure` is used when only a share column exists. */
  z.object({
    kind: z.literal('share_at_least'),
    numerator: measureIdSchema,
    denominator: measureIdSchema,
    percentMeasure: measureIdSchema.optional(),
    target: percentSchema,
  }),
  /** A count that must be 0 («0 уроков без отметки»). */
  z.object({ kind: z.literal('count_zero'), measure: measureIdSchema }),
  /** A count ≥ n; flagged schools (flagship pages) may have their own n. */
  z.object({
    kind: z.literal('count_at_least'),
    measure: measureIdSchema,
    target: z.number().int().min(0),
    flagged: z.object({ flag: z.literal('flagship'), target: z.number().int().min(0) }).optional(),
  }),
  /** Two counts must be equal (КП cards = ЭШ profiles). */
  z.object({ kind: z.literal('counts_equal'), left: measureIdSchema, right: measureIdSchema }),
  /** Any number ≥ n (internet speed ≥ 20 Мбит/с). */
  z.object({ kind: z.literal('value_at_least'), measure: measureIdSchema, target: z.number(), unit: z.string().min(1) }),
  /** A report sent to the УО by a deadline (its date is the measure). */
  z.object({ kind: z.literal('report_by'), measure: measureIdSchema, deadline: isoDateSchema }),
  /**
   * All listed yes/no fields filled («Материальная база» in full). With municipal scope,
   * `schoolsTarget` is the share of schools (%) that must be complete («100 % ОО зарегистрированы»).
   */
  z.object({
    kind: z.literal('complete'),
    fields: z.array(measureIdSchema).nonempty('Укажите хотя бы одно поле'),
    schoolsTarget: percentSchema.optional(),
  }),
]);
export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];

export const indicatorSchema = z.object({
  /** Unique within the roadmap: "3.2-teachers-registered". */
  id: z.string().min(1),
  /** Russian wording for sheets and letters: «Доля педагогов, зарегистрированных во ФГИС «Моя школа»». */
  title: z.string().min(1),
  /** school: each school must reach it; municipal: the sum over schools must. */
  scope: z.enum(['school', 'municipal']),
  rule: ruleSchema,
  /** The result is expected from this date on («до 01.06.2023»); before it the status is not_due. */
  dueFrom: isoDateSchema.optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const controlSchema = z.object({
  /** The plan's own words in the «Контроль исполнения» column. */
  text: z.string(),
  schedules: z.array(scheduleSchema),
  /** «до 14.02.2025 направить в УО информацию». */
  reportDeadline: isoDateSchema.optional(),
});
export type Control = z.infer<typeof controlSchema>;

export const itemSchema = z.object({
  /** "3.2" as the plan numbers it. */
  number: z.string().regex(/^\d+(\.\d+)?$/, 'Номер пункта пишется цифрами через точку: 3.2'),
  section: z.string().optional(),
  title: z.string().min(1),
  period: z.string(),
  responsible: z.string(),
  expectedResult: z.string(),
  control: controlSchema,
  /** The «*» footnote: missing data in the systems → explanation request. */
  footnote: z.boolean(),
  /** false for informing/training items that have no measurable control. */
  monitored: z.boolean(),
  indicators: z.array(indicatorSchema),
});
export type RoadmapItem = z.infer<typeof itemSchema>;

export const roadmapSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    year: z.number().int().min(2020).max(2100),
    /** Who issued it («Приложение к приказу управления образования от 10.01.2025 № 6»). */
    source: z.string().optional(),
    items: z.array(itemSchema).nonempty('В дорожной карте нет ни одного пункта'),
  })
  .superRefine((roadmap, ctx) => {
    const seenItems = new Set<string>();
    const seenIndicators = new Set<string>();
    roadmap.items.forEach((item, i) => {
      if (seenItems.has(item.number)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['items', i, 'number'], message: `Пункт ${item.number} встречается дважды` });
      }
      seenItems.add(item.number);
      item.indicators.forEach((ind, j) => {
        if (seenIndicators.has(ind.id)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['items', i, 'indicators', j, 'id'],
            message: `Показатель «${ind.id}» встречается дважды`,
          });
        }
        seenIndicators.add(ind.id);
      });
    });
  });
export type Roadmap = z.infer<typeof roadmapSchema>;
