import { MappingOverride } from '../../core/ingest/ingest-types';
import { IsoDate, isIsoDate } from '../../core/model/iso-date';

/**
 * What the add-in remembers per workbook so the second run is one click. It
 * lives in `workbook.settings` (ExcelApi 1.4), which travels inside the .xlsx,
 * so a colleague who opens the same file gets the same choices.
 */
export interface AddinSettings {
  /** Preset id («municipal-2025») or null for the default. */
  roadmap: string | null;
  /** A fixed monitoring date; null means «the date found in the workbook, else today». */
  asOf: IsoDate | null;
  /** The user's fixes of the column mapping. */
  mapping: MappingOverride[];
  /** Letter settings as the department filled them in (parseLetterSettings validates them), with the next outgoing number. */
  letters: Record<string, unknown> | null;
}

/**
 * What the previous run wrote, so this run removes exactly that: the areas it
 * highlighted and the sheets it created (a user's own sheet that happens to be
 * called «Сводка» is never taken for ours).
 */
export interface HighlightBookkeeping {
  sheets: { sheet: string; areas: string[] }[];
  written: string[];
}

export const SETTINGS_KEY = 'roadmapControl.settings';
export const HIGHLIGHTS_KEY = 'roadmapControl.highlights';

export const DEFAULT_SETTINGS: AddinSettings = { roadmap: null, asOf: null, mapping: [], letters: null };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Settings were written by this or an older version, or edited by hand: keep what is usable. */
export function parseStoredSettings(raw: unknown): AddinSettings {
  const value = typeof raw === 'string' ? safeJson(raw) : raw;
  if (!isRecord(value)) return { ...DEFAULT_SETTINGS };
  const mapping = Array.isArray(value.mapping)
    ? value.mapping.filter(
        (m): m is MappingOverride =>
          isRecord(m) &&
          typeof m.sheet === 'string' &&
          typeof m.column === 'string' &&
          (typeof m.measure === 'string' || m.measure === null),
      )
    : [];
  return {
    roadmap: typeof value.roadmap === 'string' ? value.roadmap : null,
    asOf: typeof value.asOf === 'string' && isIsoDate(value.asOf) ? value.asOf : null,
    mapping,
    letters: isRecord(value.letters) ? value.letters : null,
  };
}

export function parseHighlightBookkeeping(raw: unknown): HighlightBookkeeping {
  const value = typeof raw === 'string' ? safeJson(raw) : raw;
  if (!isRecord(value) || !Array.isArray(value.sheets)) return { sheets: [], written: [] };
  return {
    written: Array.isArray(value.written) ? value.written.filter((w): w is string => typeof w === 'string') : [],
    sheets: value.sheets
      .filter((s): s is { sheet: string; areas: unknown[] } => isRecord(s) && typeof s.sheet === 'string' && Array.isArray(s.areas))
      .map((s) => ({ sheet: s.sheet, areas: s.areas.filter((a): a is string => typeof a === 'string') })),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Queues the settings write; the caller's next sync carries it (no sync of its own). */
export function queueSettings(context: Excel.RequestContext, settings: AddinSettings): void {
  // Stored as a JSON string: setting values must be JSON-serialisable, and a string round-trips on every host.
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
}

export function queueHighlightBookkeeping(context: Excel.RequestContext, book: HighlightBookkeeping): void {
  context.workbook.settings.add(HIGHLIGHTS_KEY, JSON.stringify(book));
}

/** Saves settings on their own (the settings view): one sync. */
export async function saveSettings(context: Excel.RequestContext, settings: AddinSettings): Promise<void> {
  queueSettings(context, settings);
  await context.sync();
}
