import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The first of `names` found on PATH, as a full path, or null. */
export function findOnPath(...names: string[]): string | null {
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/** A program the tests drive: found on PATH under one of its names. */
export function program(...names: string[]): { what: string; found: boolean } {
  return { what: names.join(' / '), found: findOnPath(...names) !== null };
}

/** A file the tests read from outside the repository (the manifest XSDs in ../shared). */
export function file(path: string, what: string): { what: string; found: boolean } {
  return { what: `${what} (${path})`, found: existsSync(path) };
}

/**
 * Tests that need programs or files from outside the repository. CI installs
 * them (.ci/run) and must run these tests: there a missing one is a failing
 * test. Elsewhere (a fresh clone, a developer machine) the block is skipped
 * with one line on stderr saying what is missing.
 */
export function describeWith(needs: { what: string; found: boolean }[], title: string, body: () => void): void {
  const missing = needs.filter((n) => !n.found).map((n) => n.what);
  if (missing.length === 0) return describe(title, body);
  if (process.env.CI) {
    return describe(title, () => {
      it('has what it needs (CI installs it: .ci/run)', () => {
        throw new Error(`Not found: ${missing.join(', ')}`);
      });
      body();
    });
  }
  // Straight to stderr: jest --silent hides console output, and a skip must never pass unnoticed.
  process.stderr.write(`skipped «${title}»: not found ${missing.join(', ')} (set CI=1 to make this a failure)\n`);
  describe.skip(title, body);
}
