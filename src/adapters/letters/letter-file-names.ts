import { LetterModel } from '../../core/letters/letter-model';
import { LetterFileRef } from '../../core/letters/letter-register';

export const LETTERS_DIR = 'letters';

/**
 * Characters Windows forbids in file names (and control characters); the
 * names also travel inside a zip and a download, so they are replaced too.
 */
function safeForFileName(text: string): string {
  return text
    .replace(/[<>:"/\\|?*\u0000-\u001F«»]/g, '')
    .replace(/\s+/g, '_')
    .replace(/[. ]+$/, '');
}

/** `6501000001_СОШ-1_запрос_2025-03-03` (no ИНН: `СОШ-1_запрос_2025-03-03`). */
export function letterFileStem(letter: Pick<LetterModel, 'inn' | 'shortName' | 'date'>): string {
  const inn = letter.inn ? `${safeForFileName(letter.inn)}_` : '';
  return `${inn}${safeForFileName(letter.shortName)}_запрос_${letter.date}`;
}

/** Stems for a batch: two schools with the same short name and no ИНН get «_2», «_3». */
export function uniqueFileStems(letters: readonly Pick<LetterModel, 'inn' | 'shortName' | 'date'>[]): string[] {
  const seen = new Map<string, number>();
  return letters.map((l) => {
    const stem = letterFileStem(l);
    const n = (seen.get(stem) ?? 0) + 1;
    seen.set(stem, n);
    return n === 1 ? stem : `${stem}_${n}`;
  });
}

export function combinedFileStem(date: string): string {
  return `Все_письма_${date}`;
}

export function zipFileName(date: string): string {
  return `Письма_${date}.zip`;
}

/**
 * The path of each school's letter file in a format: what the renderer
 * produces and what a dry run puts into the register before anything is
 * rendered, from this one function.
 */
export function letterFilePaths(letters: readonly LetterModel[], format: string): Required<LetterFileRef>[] {
  const stems = uniqueFileStems(letters);
  return letters.map((l, i) => ({ path: `${LETTERS_DIR}/${stems[i]}.${format}`, schoolId: l.schoolId }));
}
