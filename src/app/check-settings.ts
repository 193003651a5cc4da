import { MappingOverride } from '../core/ingest/ingest-types';
import { IsoDate, isIsoDate } from '../core/model/iso-date';
import { getPreset } from '../core/roadmap/presets';
import { Roadmap } from '../core/roadmap/schema';

/**
 * What a user chooses for a check, the same in every host: the pane keeps it
 * in the workbook (Excel) or in the browser, the ribbon reads it from the
 * workbook, the command line builds it from its options.
 */
export interface CheckSettings {
  /** Preset id («municipal-2025») or null for the default. */
  roadmap: string | null;
  /** A fixed monitoring date; null means «the date found in the workbook, else today». */
  asOf: IsoDate | null;
  /** The user's fixes of the column mapping. */
  mapping: MappingOverride[];
  /** Letter settings as the department filled them in (parseLetterSettings validates them), with the next outgoing number. */
  letters: Record<string, unknown> | null;
}

export const DEFAULT_ROADMAP = 'municipal-2025';

export const DEFAULT_SETTINGS: CheckSettings = { roadmap: null, asOf: null, mapping: [], letters: null };

/** The chosen preset; an id this version does not know (a newer add-in saved it) falls back to the default. */
export function roadmapOf(settings: CheckSettings): Roadmap {
  return getPreset(settings.roadmap ?? DEFAULT_ROADMAP) ?? getPreset(DEFAULT_ROADMAP)!;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Settings were written by this or an older version, or edited by hand: keep what is usable. */
export function parseStoredSettings(raw: unknown): CheckSettings {
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

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
