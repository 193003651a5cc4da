import { listPresets } from '../core/roadmap/presets';
import { h } from './dom';

/** «Дорожная карта … на 2025 год», with the year added only where the title does not already say it. */
export function presetOptions(): HTMLOptionElement[] {
  return listPresets().map((p) => h('option', { value: p.id }, p.title.includes(String(p.year)) ? p.title : `${p.title} (${p.year})`));
}
