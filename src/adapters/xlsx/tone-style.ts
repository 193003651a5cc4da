import type { Fill, Font } from 'exceljs';
import { TONE_COLORS, Tone } from '../../core/plan/workbook-plan';

export function toneFill(tone: Tone): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${TONE_COLORS[tone].fill}` } };
}

/** The tone's font colour over whatever font the cell had (size, name, bold stay the user's). */
export function toneFont(tone: Tone, base: Partial<Font> | undefined): Partial<Font> {
  return { ...(base ?? {}), color: { argb: `FF${TONE_COLORS[tone].font}` } };
}
