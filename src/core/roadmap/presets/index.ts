import { Roadmap } from '../schema';
import { MUNICIPAL_2025 } from './municipal-2025';
import { SCHOOL_2023 } from './school-2023';

/** The roadmaps shipped with the product, by the id `--roadmap` and the task pane use. */
const PRESETS: Record<string, Roadmap> = {
  'municipal-2025': MUNICIPAL_2025,
  'school-2023': SCHOOL_2023,
};

export const PRESET_IDS: readonly string[] = Object.keys(PRESETS);

/**
 * A fresh copy of a preset: callers may edit it (rules table) without touching the shipped one.
 * Presets are plain JSON data, so a JSON copy is exact (and, unlike structuredClone, keeps the
 * caller's realm: jest compares prototypes).
 */
export function getPreset(id: string): Roadmap | undefined {
  const preset = PRESETS[id];
  return preset === undefined ? undefined : (JSON.parse(JSON.stringify(preset)) as Roadmap);
}

export function listPresets(): { id: string; title: string; year: number }[] {
  return Object.values(PRESETS).map((p) => ({ id: p.id, title: p.title, year: p.year }));
}
