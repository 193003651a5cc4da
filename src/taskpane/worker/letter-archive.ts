import JSZip from 'jszip';
import { letterFilePaths } from '../../adapters/letters/letter-file-names';
import { LetterFormat, renderLetters } from '../../adapters/letters/render-letters';
import { LetterModel } from '../../core/letters/letter-model';
import { MIME } from '../downloads';
import { OfferedFile } from '../workbook-source';
import { countOf } from '../counts';
import type { WorkerProgress } from './pane-worker-api';

/** Letters rendered between two progress reports: small enough that the count moves every fraction of a second. */
const BATCH = 20;

/** «Письма (.docx) 2026-12-02.zip», «Письма (PDF) 2026-12-02.zip»: two downloads never share a name. */
export function archiveName(format: LetterFormat, date: string): string {
  return `Письма (${format === 'pdf' ? 'PDF' : '.docx'}) ${date}.zip`;
}

/**
 * Every letter in one format, in one zip, with a count after each batch
 * («Письма: 340 из 1 360»). Nothing is offered until the zip is whole: a
 * cancelled export leaves no file behind.
 */
export async function letterArchive(letters: readonly LetterModel[], format: LetterFormat, progress: WorkerProgress): Promise<OfferedFile> {
  if (letters.length === 0) throw new Error('Писем нет: ни одной школе запрос не нужен.');
  const paths = letterFilePaths(letters, format);
  const pathOf = new Map(paths.map((p) => [p.schoolId, p.path]));
  const files: { path: string; data: Uint8Array }[] = [];
  const total = letters.length;
  await progress(`Письма: 0 из ${countOf(total)}`, 0);
  for (let start = 0; start < total; start += BATCH) {
    const batch = letters.slice(start, start + BATCH);
    const rendered = await renderLetters(batch, { formats: [format] });
    if (rendered.files.length === 0) throw new Error(rendered.diagnostics[0]?.message ?? 'Письма не удалось собрать.');
    for (const f of rendered.files) files.push({ path: (f.schoolId && pathOf.get(f.schoolId)) || f.path, data: f.data });
    const done = Math.min(total, start + BATCH);
    await progress(`Письма: ${countOf(done)} из ${countOf(total)}`, 0.9 * (done / total));
  }
  const data = await zipWithProgress(files, (percent) => progress(`Архив: ${percent}\u00a0%`, 0.9 + percent / 1000));
  return { name: archiveName(format, letters[0].date), data, mime: MIME.zip };
}

/**
 * The letters stored, not compressed again: .docx and PDF are compressed inside already, so
 * deflating them costs seconds and saves almost nothing. The percent moves while it packs.
 */
async function zipWithProgress(
  files: readonly { path: string; data: Uint8Array }[],
  onPercent: (percent: number) => unknown,
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.path.replace(/^letters\//, ''), f.data, { date: new Date(Date.UTC(2020, 0, 1)) });
  let last = -1;
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' }, ({ percent }) => {
    const rounded = Math.floor(percent / 10) * 10;
    if (rounded !== last) void onPercent((last = rounded));
  });
}
