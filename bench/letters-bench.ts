import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LetterFormat, renderLetters } from '../src/adapters/letters/render-letters';
import { nodeCodec } from '../src/adapters/xlsx-package/node-codec';
import { openBook } from '../src/adapters/xlsx-package/read-book';
import { LetterModel } from '../src/core/letters/letter-model';
import { draftCheckLetters } from '../src/core/pipeline/check-letters';
import { runCheck } from '../src/core/pipeline/run-check';
import { getPreset } from '../src/core/roadmap/presets';
import { DEFAULT_LETTER_SETTINGS } from '../src/app/letter-defaults';
import { Figure, figure, ms } from './figures';
import { OUTPUT_DIR, RegionSet } from './region-set';
import { medianOf, timed } from './timing';

const TODAY = '2025-03-04';
/**
 * soffice silently stops after about 247 files in one call (LibreOffice 7.x on
 * Debian: exit code 0, the rest never converted), so the files go in calls of
 * 200 through one profile — the first call pays LibreOffice's start-up, as one call would.
 */
const SOFFICE_BATCH = 200;

/** The explanation requests a check of the region set drafts, the first `count` of them. */
export async function regionLetters(set: RegionSet, count: number): Promise<LetterModel[]> {
  const read = openBook(set.bytes, set.path, nodeCodec);
  if (!read.ok) throw new Error(read.reason);
  const book = read.opened.book;
  const result = runCheck({ books: [book], roadmap: getPreset('municipal-2025')!, registry: null, mapping: [], asOf: null, today: TODAY });
  const letters = draftCheckLetters(result, [book], { settings: DEFAULT_LETTER_SETTINGS, today: TODAY });
  if (letters.length < count) throw new Error(`the region set drafts only ${letters.length} letters, ${count} wanted`);
  return letters.slice(0, count);
}

/**
 * One file per letter in one format and the combined file, as the command line writes them:
 * streamed into `dir` one at a time (renderLetters' sink), nothing held.
 */
async function renderEach(letters: LetterModel[], format: LetterFormat, dir: string): Promise<string[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  const rendered = await renderLetters(letters, {
    formats: [format],
    combined: true,
    sink: async (file) => {
      if (!file.schoolId) return; // the combined file: rendered, not converted by LibreOffice below
      const path = join(dir, `letter-${String(paths.length + 1).padStart(4, '0')}.${format}`);
      writeFileSync(path, file.data);
      paths.push(path);
    },
  });
  if (paths.length !== letters.length) throw new Error(`${format}: ${paths.length} files for ${letters.length} letters`);
  if (rendered.written.length !== letters.length + 1) throw new Error(`${format}: no combined file`);
  return paths;
}

/**
 * Item 3: a region's letters (1,360 of them: 2,000 schools' worth) as .docx and as PDF, each
 * with the combined file, streamed to disk; and LibreOffice converting the same .docx files (the
 * way a department would get PDFs without the product's own renderer), where soffice is
 * installed. The peak memory is the bench process's own (run `--only=3` for this section alone).
 */
export async function benchLetters(set: RegionSet, count: number, runs: number): Promise<Figure[]> {
  const letters = await regionLetters(set, count);
  const docxDir = resolve(OUTPUT_DIR, 'letters-docx');
  let docx: string[] = [];
  // Memory while the letters render: the growth of the resident set over what the region's
  // check left behind, sampled every 50 ms (streaming keeps it flat; holding every file would not).
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t = await medianOf(runs, async () => {
    const d = await timed(() => renderEach(letters, 'docx', docxDir));
    const p = await timed(() => renderEach(letters, 'pdf', resolve(OUTPUT_DIR, 'letters-pdf')));
    docx = d.value;
    return { docx: d.ms, pdf: p.ms };
  });
  clearInterval(sampler);
  const growthMiB = (peak - base) / 2 ** 20;
  const peakMiB = peak / 2 ** 20;
  const figures = [
    figure('3', `${count} letters → .docx (+ combined file)`, `${ms(t.docx)}, ${perSecond(count, t.docx)} /s`, { text: '≤ 15 s', ok: t.docx <= 15_000 }),
    figure('3', `${count} letters → PDF (pdfmake, + combined file)`, `${ms(t.pdf)}, ${perSecond(count, t.pdf)} /s`, { text: '≤ 60 s', ok: t.pdf <= 60_000 }),
    figure('3', 'memory while rendering: RSS growth (peak RSS of the process)', `${growthMiB.toFixed(0)} MiB (${peakMiB.toFixed(0)} MiB)`, {
      text: '≤ 600 MiB',
      ok: growthMiB <= 600,
    }),
  ];
  const office = libreOfficeMs(docx);
  if (office === null) figures.push(figure('3', 'LibreOffice .docx → PDF', 'soffice not installed'));
  else {
    figures.push(
      figure('3', `LibreOffice ${count} .docx → PDF (calls of ${SOFFICE_BATCH}, 1 run)`, `${ms(office)}, ${perSecond(count, office)} /s`),
    );
    figures.push(figure('3', 'project PDF time ÷ LibreOffice', `${((t.pdf / office) * 100).toFixed(1)} %`, { text: '< 100 %', ok: t.pdf < office }));
  }
  return figures;
}

function perSecond(count: number, elapsedMs: number): string {
  return (count / (elapsedMs / 1000)).toFixed(0);
}

/** soffice converting every .docx, with a throw-away profile so a user's LibreOffice is not touched. */
function libreOfficeMs(files: string[]): number | null {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  if (!soffice) return null;
  const pdfDir = resolve(OUTPUT_DIR, 'letters-soffice-pdf');
  rmSync(pdfDir, { recursive: true, force: true });
  mkdirSync(pdfDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'bench-soffice-'));
  try {
    const start = process.hrtime.bigint();
    for (let i = 0; i < files.length; i += SOFFICE_BATCH) {
      const batch = files.slice(i, i + SOFFICE_BATCH);
      const run = spawnSync(
        soffice,
        [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...batch],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 2 ** 20,
        },
      );
      if (run.status !== 0) throw new Error(`soffice exited with ${run.status}: ${run.stderr}`);
    }
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    const made = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).length;
    if (made !== files.length) throw new Error(`soffice made ${made} of ${files.length} PDFs`);
    return elapsed;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
