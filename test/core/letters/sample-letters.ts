import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSession } from '../../../src/app/check-session';
import { readWorkbookGrids } from '../../../src/adapters/xlsx/read-workbook-grids';
import { LetterModel } from '../../../src/core/letters/letter-model';
import { getPreset } from '../../../src/core/roadmap/presets';
import { sampleLetterSettings } from './letter-fixtures';

const SAMPLE = join(__dirname, '../../../assets/samples/monitoring-2025-03-03.xlsx');

/** The letters `npm run demo` drafts from the bundled sample workbook, dated 05.03.2025. */
export async function demoLetters(): Promise<LetterModel[]> {
  const read = await readWorkbookGrids(new Uint8Array(readFileSync(SAMPLE)), 'monitoring-2025-03-03.xlsx');
  if (!read.ok) throw new Error(read.reason);
  const session = checkSession({
    books: [read.book],
    roadmap: getPreset('municipal-2025')!,
    registry: null,
    mapping: [],
    asOf: '2025-03-03',
    today: '2025-03-05',
    letterSettings: { settings: sampleLetterSettings(), placeholder: false, diagnostics: [] },
    letterFormats: ['docx'],
  });
  return session.letters;
}

/** Every text of a letter a reader sees, in reading order, the table's cells as rows. */
export function letterTexts(l: LetterModel): string[] {
  const a = l.addressee;
  return [
    l.department.name,
    l.department.address,
    `${l.dateText} №\u00A0${l.number}`,
    `${a.position} ${a.school}`,
    a.personDative ?? '',
    l.title,
    a.salutation,
    ...l.intro,
    ...l.rows.flatMap((r) => [r.item, r.indicator, r.statusText, r.value, r.target, r.comment]),
    ...l.request,
    `${l.signatory.position} ${l.signatory.name}`,
    l.executor.name,
  ].filter((t) => t !== '');
}

/** A letter as plain text for the golden file: no-break spaces shown as «·» so a reviewer sees them. */
export function letterAsText(l: LetterModel): string {
  const a = l.addressee;
  const show = (t: string) => t.replace(/\u00A0/g, '·');
  const table = l.rows.map((r) => `  ${[r.item, r.indicator, r.statusText, r.value, r.target, r.comment].map(show).join(' | ')}`);
  return [
    `=== ${show(l.school)}`,
    `${show(l.dateText)} №·${show(l.number)}`,
    show(`${a.position} ${a.school}`),
    show(a.personDative ?? ''),
    '',
    l.title,
    '',
    show(a.salutation),
    ...l.intro.map(show),
    '  Пункт | Показатель | Итог | Значение | Требуется | Что сделать',
    ...table,
    ...l.request.map(show),
    '',
    show(`${l.signatory.position} — ${l.signatory.name}`),
    show(`${l.executor.name}, ${l.executor.phone}`),
    '',
  ].join('\n');
}
