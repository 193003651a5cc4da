import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The layers are enforced by lint (`npm test` runs it on src/): these prove
 * the rules fire on the files they guard, and stay quiet where the import
 * is allowed, by linting small sources as if they lived at those paths.
 * ESLint loads its .mjs config by a dynamic import jest's module system does
 * not run, so the sources are linted by one plain Node process.
 */
const ROOT = join(__dirname, '..', '..');

const LINT_TEXTS = `
const { ESLint } = require('eslint');
let input = '';
process.stdin.on('data', (d) => (input += d)).on('end', async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const { path, code } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath: path });
    out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
  }
  process.stdout.write(JSON.stringify(out));
});`;

const FIXTURES: { path: string; code: string }[] = [];
let linted: string[][] = [];

/** Registers a source to lint; its messages are there once beforeAll has run. */
function source(path: string, code: string): () => string[] {
  const index = FIXTURES.push({ path, code }) - 1;
  return () => linted[index];
}

const coreImports = [
  '../../adapters/xlsx/apply-plan',
  '../../hosts/cli/main',
  '../../app/check-session',
  '../commands/ribbon-commands',
].map((from) => source('src/core/plan/extra.ts', `import { x } from '${from}';\nexport const y = x;\n`));
const coreClock = source(
  'src/core/evaluate/extra.ts',
  'export const a = new Date();\nexport const b = Date.now();\nexport const c = new Date(Date.UTC(2025, 2, 3));\n',
);
const adapterImports = source(
  'src/adapters/xlsx/extra.ts',
  "import { a } from '../../app/check-settings';\nimport { b } from '../../hosts/cli/main';\nexport const c = [a, b];\n",
);
const appImports = source(
  'src/app/extra.ts',
  "import { a } from '../taskpane/pane-app';\nimport { b } from '../adapters/office/open-workbook';\nimport { readFile } from 'node:fs/promises';\nexport const c = [a, b, readFile];\n",
);
const adapterGlobals = [
  source('src/adapters/xlsx/extra.ts', 'export const a = document.title;\nexport const b = Office.context;\n'),
  source('src/hosts/cli/extra.ts', 'export const a = window.location;\nexport const b = Excel.run;\n'),
];
const allowed = [
  source('src/core/plan/extra.ts', "import { y } from '../model/iso-date';\nexport const z = y;\n"),
  source('src/app/extra.ts', "import { y } from '../adapters/letters/render-letters';\nexport const z = y;\n"),
  source('src/hosts/cli/extra.ts', "import { y } from '../../app/check-session';\nexport const z = new Date(Date.now()) ?? y;\n"),
  // A local named «document» (the .docx being built) is no global.
  source('src/adapters/letters/extra.ts', 'const document = { title: 1 };\nexport const z = document.title;\n'),
];

beforeAll(() => {
  linted = JSON.parse(execFileSync(process.execPath, ['-e', LINT_TEXTS], { cwd: ROOT, input: JSON.stringify(FIXTURES), encoding: 'utf8' }));
});

describe('layer rules', () => {
  it('reject a core file importing an adapter, a host or the application layer', () => {
    for (const found of coreImports) {
      expect(found()).toEqual([expect.stringMatching(/^no-restricted-imports: .*core imports nothing outside src\/core/)]);
    }
  });

  it('reject a clock read in the core, but not a date built from a given instant', () => {
    expect(coreClock()).toEqual([
      expect.stringMatching(/^no-restricted-syntax: The core reads no clock/),
      expect.stringMatching(/^no-restricted-properties: .*The core reads no clock/),
    ]);
  });

  it('reject an adapter importing a host or the application layer', () => {
    expect(adapterImports()).toHaveLength(2);
    expect(adapterImports().every((m) => m.startsWith('no-restricted-imports:'))).toBe(true);
  });

  it('reject the application layer reaching a host, Office or the file system', () => {
    expect(appImports()).toHaveLength(3);
  });

  it('reject Office and the page in the file adapters and the command line', () => {
    for (const found of adapterGlobals) {
      expect(found()).toEqual([expect.stringMatching(/^no-restricted-globals: /), expect.stringMatching(/^no-restricted-globals: /)]);
    }
  });

  it('allow what each layer may use', () => {
    for (const found of allowed) expect(found()).toEqual([]);
  });
});
