import { z } from 'zod';

/** report.json as the project promises it (the README, docs/letters.md); extra fields are allowed. */
const cellValue = z.union([z.number(), z.string(), z.null()]);

export const reportContract = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  roadmap: z.string().min(1),
  schools: z.array(
    z.object({
      name: z.string().min(1),
      inn: z.string().nullable(),
      findings: z.array(
        z.object({
          item: z.string().regex(/^\d+(\.\d+)?$/),
          indicator: z.string().min(1),
          status: z.enum(['met', 'not_met', 'no_data', 'late', 'missing', 'not_due', 'data_error']),
          value: cellValue,
          target: cellValue,
          sheet: z.string().nullable(),
          cell: z.string().nullable(),
        }),
      ),
    }),
  ),
  letters: z.array(
    z.object({
      school: z.string().min(1),
      inn: z.string().nullable(),
      items: z.array(z.string()),
      files: z.array(z.string().regex(/^letters\//)),
    }),
  ),
  diagnostics: z.array(
    z.object({
      severity: z.enum(['error', 'warning', 'info']),
      sheet: z.string().nullable(),
      cell: z.string().nullable(),
      message: z.string().min(1),
    }),
  ),
});

export type ContractReport = z.infer<typeof reportContract>;
