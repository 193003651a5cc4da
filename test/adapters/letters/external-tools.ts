import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { describeWith, program } from '../../support/needs';

/**
 * Tests that need LibreOffice or poppler. CI installs them (.ci/run) and must
 * run these tests; a developer machine without them skips, saying why.
 */
export function describeWithTools(binaries: string[], title: string, body: () => void): void {
  describeWith(
    binaries.map((b) => program(b)),
    title,
    body,
  );
}

export function run(command: string, args: string[], timeoutMs = 240_000): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.error}`);
  return result.stdout;
}

/** LibreOffice's csv of a workbook's first sheet as it calculates it: UTF-8 (76), commas, double quotes. */
export const LIBREOFFICE_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76';

/**
 * `soffice --convert-to` headless, with a throw-away profile folder of the test's own (a user's
 * running LibreOffice, or another test's, would otherwise hold the default profile).
 */
export function sofficeConvert(profileDir: string, format: string, outdir: string, ...paths: string[]): string {
  return run('soffice', [
    `-env:UserInstallation=${pathToFileURL(profileDir).href}`,
    '--headless',
    '--norestore',
    '--convert-to',
    format,
    '--outdir',
    outdir,
    ...paths,
  ]);
}

/**
 * pdftotext's output with no-break spaces as plain ones (the letters use them
 * between initials and surname). `raw` keeps the order text was drawn in, so
 * the two columns of the header block do not interleave; `layout` keeps the page's look.
 */
export function pdfText(file: string, pages?: { first: number; last: number }, mode: 'raw' | 'layout' = 'raw'): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  return run('pdftotext', [`-${mode}`, ...range, file, '-']).replace(/\u00A0/g, ' ');
}
