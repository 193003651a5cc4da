import { Roadmap } from '../schema';
import { MUNICIPAL_2025 } from './municipal-2025';
import { SCHOOL_2023 } from './school-2023';

/** The roadmaps shipped with the product, by the id `--roadmap` and the task pane use. */
const PRESETS: Record<string, Roadmap> = {
  'municipal-2025': MUNICIPAL_2025,
  'school-2023': SCHOOL_2023,
};

export const PRESET_IDS: readonly string[] = Object.keys(PRESETS);

/** A fresh copy of a preset: callers may edit it (rules table) without touching the shipped one. */
export function getPreset(id: string): Roadmap | undefined {
  const preset = PRESETS[id];
  return preset === undefined ? undefined : structuredClone(preset);
}

export function listPresets(): { id: string; title: string; year: number }[] {
  return Object.values(PRESETS).map((p) => ({ id: p.id, title: p.title, year: p.year }));
}
