import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The core's folders build on each other one way (model at the bottom,
 * pipeline and report at the top): a folder that imports a folder importing
 * it back makes both one tangle that can only be read, moved or tested
 * together. ESLint's import/no-cycle is not installed, so this walks the
 * imports itself.
 */
const CORE = resolve(__dirname, '..', '..', 'src', 'core');

/** Every relative import and re-export of a source: `from '…'`, `import '…'`, `import('…')`. */
const SPECIFIER = /(?:from\s+|import\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The core folder a path is in ('model', 'ingest', …), or null outside src/core. */
function folderOf(path: string): string | null {
  const inside = relative(CORE, path);
  if (inside.startsWith('..')) return null;
  return inside.split(sep)[0] ?? null;
}

/** folder → folder → one file that makes the edge, to name in the failure. */
type FolderGraph = Map<string, Map<string, string>>;

function folderGraph(): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const file of sources(CORE)) {
    const from = folderOf(file)!;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const to = folderOf(resolve(dirname(file), specifier!));
      if (to && to !== from && !edges.has(to)) edges.set(to, `${relative(CORE, file)} → ${specifier}`);
    }
  }
  return graph;
}

/** Each cycle found by a depth-first walk, as the folders around it with the file of every step. */
function folderCycles(graph: FolderGraph): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (folder: string): void => {
    const at = path.indexOf(folder);
    if (at >= 0) {
      const ring = [...path.slice(at), folder];
      cycles.push(
        ring
          .slice(1)
          .map((to, i) => `${ring[i]} → ${to} (${graph.get(ring[i]!)!.get(to)})`)
          .join('; '),
      );
      return;
    }
    if (done.has(folder)) return;
    path.push(folder);
    for (const to of graph.get(folder)?.keys() ?? []) visit(to);
    path.pop();
    done.add(folder);
  };
  for (const folder of [...graph.keys()].sort()) visit(folder);
  return cycles;
}

describe('the core’s folders', () => {
  it('import each other without a cycle', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(5);
    expect(graph.get('ingest')?.has('model')).toBe(true);
    expect(folderCycles(graph)).toEqual([]);
  });

  it('a cycle is found and named with the files that make it', () => {
    const graph: FolderGraph = new Map([
      ['ingest', new Map([['registry', 'ingest/match-schools.ts → ../registry/school-index']])],
      ['registry', new Map([['ingest', 'registry/read-registry.ts → ../ingest/fold-text']])],
      ['model', new Map()],
    ]);
    expect(folderCycles(graph)).toEqual([
      'ingest → registry (ingest/match-schools.ts → ../registry/school-index); registry → ingest (registry/read-registry.ts → ../ingest/fold-text)',
    ]);
  });
});
