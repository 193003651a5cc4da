import tseslint from 'typescript-eslint';

/** Import paths that reach a folder by name (`../../adapters/xlsx/…`, `../hosts/cli/…`). */
const layer = (...folders) => `(^|/)(${folders.join('|')})(/|$)`;

const PURE_CORE_PACKAGES = ['fs', 'node:*', 'path', 'exceljs', 'docx', 'docxtemplater', 'pdfmake*', 'jszip', 'pizzip', 'fflate'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'out/**', 'node_modules/**', 'test-output/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers (README «How the code is laid out»): core ← adapters ← app ← hosts. Each rule names what a layer must not reach.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'The core is pure: no Office.' },
        { name: 'Excel', message: 'The core is pure: no Office.' },
        { name: 'document', message: 'The core is pure: no DOM.' },
        { name: 'window', message: 'The core is pure: no DOM.' },
        { name: 'process', message: 'The core is pure: no process.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: PURE_CORE_PACKAGES, message: 'The core is pure: files, Office and renderers belong to adapters.' },
            {
              regex: layer('adapters', 'app', 'hosts', 'commands', 'taskpane'),
              message: 'The core imports nothing outside src/core: adapters and hosts build on it, not the other way round.',
            },
          ],
        },
      ],
      // The core reads no clock: time comes in as `asOf`/`today`. new Date(…) of a given instant is fine.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core reads no clock: take `asOf`/`today`.' },
        { selector: "CallExpression[callee.name='Date']", message: 'The core reads no clock: take `asOf`/`today`.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The core reads no clock: take `asOf`/`today`.' },
        { object: 'performance', property: 'now', message: 'The core reads no clock: take `asOf`/`today`.' },
      ],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: layer('app', 'hosts', 'commands', 'taskpane'),
              message: 'An adapter carries out a plan; the application and the hosts call it, never the other way round.',
            },
          ],
        },
      ],
    },
  },
  // Files, letters and the command line run in Node and in the pane's page alike: Office and the page are the hosts'.
  // (tsconfig.node.json keeps Office.js types out of them; DOM types come in through @types/pdfmake, so lint guards those.)
  {
    files: [
      'src/adapters/xlsx/**/*.ts',
      'src/adapters/xlsx-package/**/*.ts',
      'src/adapters/letters/**/*.ts',
      'src/hosts/cli/**/*.ts',
      'src/hosts/today.ts',
    ],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'Office.js belongs to src/adapters/office, src/commands and src/taskpane.' },
        { name: 'Excel', message: 'Office.js belongs to src/adapters/office, src/commands and src/taskpane.' },
        { name: 'document', message: 'The page belongs to src/taskpane and src/hosts/browser.' },
        { name: 'window', message: 'The page belongs to src/taskpane and src/hosts/browser.' },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'The application layer is host-neutral: Office belongs to src/commands and src/taskpane.' },
        { name: 'document', message: 'The application layer is host-neutral: no DOM.' },
        { name: 'window', message: 'The application layer is host-neutral: no DOM.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fs', 'node:*', 'path'], message: 'The application layer runs in a browser too: files are the host’s.' },
            { regex: layer('hosts', 'commands', 'taskpane'), message: 'The hosts call the application layer, never the other way round.' },
            { regex: layer('office'), message: 'The application layer is host-neutral: Office.js adapters are the Excel host’s.' },
          ],
        },
      ],
    },
  },
);
