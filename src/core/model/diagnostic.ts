/**
 * Errors are data: a stable id a test or a support person can grep for, a
 * plain Russian sentence for the user, and where it happened. Every stage
 * collects them into one list instead of stopping at the first bad cell.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Stable, dotted, English: "ingest.header-not-found", "rules.threshold-not-a-number". */
  id: string;
  severity: Severity;
  /** One or two plain Russian sentences, no jargon, no stack traces. */
  message: string;
  sheet: string | null;
  /** A1 address ("C7") or null when the problem is not tied to a cell. */
  cell: string | null;
}

export function diagnostic(
  id: string,
  severity: Severity,
  message: string,
  where: { sheet?: string | null; cell?: string | null } = {},
): Diagnostic {
  return { id, severity, message, sheet: where.sheet ?? null, cell: where.cell ?? null };
}
