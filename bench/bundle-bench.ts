import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { Configuration, Stats, StatsModule } from 'webpack';
import { Figure, figure, kb } from './figures';
import { OUTPUT_DIR } from './region-set';

/** The task pane's first load, the budget a task pane opened in Excel is held to: ≤ 150 KB gzipped. */
const BUDGET_BYTES = 150 * 1024;
const ENTRY = 'taskpane';
/** What the browser fetches before the pane can be used, beside the entry's scripts (office.js is Office's own, from its CDN). */
const PAGE_FILES = ['taskpane.html', 'taskpane.css'];

/**
 * Item 5: the project's webpack production build, emitted into bench-output so
 * the add-in's own output is left alone; every emitted script gzipped. The
 * first load is what the pane needs before any user action (its page, its
 * stylesheet, the entry's scripts), against the budget; the rest are chunks
 * loaded on demand (the worker, exceljs, docx, pdfmake and its fonts).
 */
export async function benchBundle(): Promise<Figure[]> {
  const config = await projectConfig();
  if (!config) return [figure('5', 'task pane bundle', 'webpack.config.js not found (no add-in build yet)')];
  const out = resolve(OUTPUT_DIR, 'webpack');
  rmSync(out, { recursive: true, force: true });
  const stats = await build({ ...config, mode: 'production', output: { ...config.output, path: out }, devtool: false });
  const json = stats.toJson({ all: false, entrypoints: true, chunks: true, chunkModules: true, assets: true });
  const entry = json.entrypoints?.[ENTRY];
  if (!entry) throw new Error(`the webpack build has no «${ENTRY}» entry point`);
  const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
  const initialFiles = (entry.assets ?? []).map((a) => a.name).filter((name) => name.endsWith('.js'));
  const initial = initialFiles.reduce((sum, f) => sum + gz(f), 0);
  const pageFiles = PAGE_FILES.filter((f) => existsSync(join(out, f)));
  const firstLoad = initial + pageFiles.reduce((sum, f) => sum + gz(f), 0);
  const figures = [
    figure('5', `task pane first load, gzipped (${[...pageFiles, ...initialFiles].join(', ')})`, kb(firstLoad), {
      text: `≤ ${BUDGET_BYTES / 1024} KB`,
      ok: firstLoad <= BUDGET_BYTES,
    }),
    figure('5', `task pane initial JS, gzipped (${initialFiles.join(', ')})`, kb(initial)),
  ];
  const lazy = (json.chunks ?? [])
    .filter((c) => !c.initial)
    .map((chunk) => {
      const files = [...(chunk.files ?? [])].filter((f) => f.endsWith('.js'));
      return { chunk, files, size: files.reduce((sum, f) => sum + gz(f), 0) };
    })
    .sort((a, b) => b.size - a.size);
  for (const { chunk, files, size } of lazy) {
    figures.push(figure('5', `lazy chunk ${files.join(', ')} (${packagesOf(chunk.modules ?? [])}), gzipped`, kb(size)));
  }
  return figures;
}

/** «exceljs, jszip» or «src»: what a lazy chunk holds, so the figure says which library waits for a click. */
function packagesOf(modules: StatsModule[]): string {
  const names = new Set<string>();
  for (const m of modules) {
    const found = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(m.name ?? '');
    names.add(found ? found[1] : 'src');
  }
  return [...names].sort().join(', ');
}

async function projectConfig(): Promise<Configuration | null> {
  let exported: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exported = require(resolve('webpack.config.js'));
  } catch {
    return null;
  }
  const made =
    typeof exported === 'function' ? await exported({ WEBPACK_BUILD: true, production: true }, { mode: 'production' }) : exported;
  const configs = (Array.isArray(made) ? made : [made]) as Configuration[];
  return configs.find((c) => typeof c.entry === 'object' && c.entry !== null && ENTRY in c.entry) ?? null;
}

function build(config: Configuration): Promise<Stats> {
  return new Promise((done, fail) =>
    webpack(config, (error, stats) => {
      if (error || !stats) return fail(error ?? new Error('webpack gave no stats'));
      if (stats.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done(stats);
    }),
  );
}
