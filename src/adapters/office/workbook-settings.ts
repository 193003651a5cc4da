/**
 * The add-in keeps its choices per workbook in `workbook.settings` (ExcelApi
 * 1.4), which travels inside the .xlsx, so a colleague who opens the same file
 * gets the same choices. This adapter only stores and loads them: what they
 * mean (and how an old or hand-edited value is read) is the application's
 * (src/app/check-settings.ts).
 *
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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
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
export function queueSettings(context: Excel.RequestContext, settings: object): void {
  // Stored as a JSON string: setting values must be JSON-serialisable, and a string round-trips on every host.
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
}

/** Saves settings on their own (the settings view): one sync. */
export async function saveSettings(context: Excel.RequestContext, settings: object): Promise<void> {
  queueSettings(context, settings);
  await context.sync();
}
