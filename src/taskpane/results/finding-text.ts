import { Finding } from '../../core/model/finding';
import { STATUS_WORDS } from './status-words';

function amount(v: number | string, unit: string | null): string {
  const text = typeof v === 'number' ? String(Math.round(v * 10) / 10).replace('.', ',') : v;
  // A no-break space before «%» and other units: they never wrap away from the number.
  return unit ? `${text}\u00a0${unit}` : text;
}

/** «п. 3.2, Доля активных педагогов: не выполнено — 85,7 % при плане 90 %»: each finding names its indicator. */
export function findingText(f: Finding): string {
  const parts = [`п.\u00a0${f.item}, ${f.indicator}: ${STATUS_WORDS[f.status].word}`];
  if (f.value !== null && f.value !== undefined) parts.push(` — ${amount(f.value, f.unit)}`);
  if (f.target !== null && f.target !== undefined) parts.push(`${f.value !== null ? ' при плане' : ' — план'} ${amount(f.target, f.unit)}`);
  if (f.detail) parts.push(`. ${f.detail}`);
  return parts.join('');
}
