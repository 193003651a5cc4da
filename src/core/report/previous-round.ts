import { z } from 'zod';
import { PreviousRound } from '../evaluate/evaluation';
import { FINDING_STATUSES } from '../model/finding';
import { isoDateSchema } from '../roadmap/schema';
import { Roadmap } from '../roadmap/schema';

const previousReportSchema = z.object({
  asOf: isoDateSchema,
  schools: z.array(
    z.object({
      name: z.string(),
      inn: z.string().nullable(),
      findings: z.array(
        z.object({
          item: z.string(),
          indicator: z.string(),
          indicatorId: z.string().optional(),
          status: z.enum(FINDING_STATUSES),
          value: z.union([z.number(), z.string(), z.null()]),
        }),
      ),
    }),
  ),
});

export type PreviousRoundParse = { ok: true; previous: PreviousRound } | { ok: false; reason: string };

/**
 * An earlier report.json as the previous round («повторно» in letters,
 * comparison in the summary). Reports written by this program carry
 * indicatorId; one edited by hand without it is matched by the indicator's
 * title in the roadmap.
 */
export function previousRoundFromReport(json: unknown, roadmap: Roadmap): PreviousRoundParse {
  const parsed = previousReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `это не отчёт report.json прошлой проверки (поле ${issue.path.join('.') || '(весь файл)'}: ${issue.message}).`,
    };
  }
  const idByTitle = new Map(
    roadmap.items.flatMap((item) => item.indicators.map((ind) => [`${item.number}|${ind.title}`, ind.id] as const)),
  );
  const findings = parsed.data.schools.flatMap((school) =>
    school.findings.flatMap((f) => {
      const indicatorId = f.indicatorId ?? idByTitle.get(`${f.item}|${f.indicator}`);
      return indicatorId ? [{ school: school.name, inn: school.inn, item: f.item, indicatorId, status: f.status, value: f.value }] : [];
    }),
  );
  return { ok: true, previous: { asOf: parsed.data.asOf, findings } };
}
