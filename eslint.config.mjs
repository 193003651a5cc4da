import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-output/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The core must stay pure: no clock. Time comes in as `asOf`.
      'no-restricted-syntax': ['off'],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'Office', message: 'The core is pure: no Office.' }, { name: 'document', message: 'The core is pure: no DOM.' }, { name: 'window', message: 'The core is pure: no DOM.' }],
      'no-restricted-imports': ['error', { patterns: ['fs', 'node:*', 'path', 'exceljs', 'docx', 'pdfmake*'] }],
    },
  },
);
