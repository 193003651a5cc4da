/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Types are checked once by `tsc --noEmit` in `npm test`; ts-jest only transpiles.
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  moduleNameMapper: {
    // office-addin-mock 4 pulls an ESM-only module through office-addin-manifest;
    // only its OfficeApp enum is needed.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.ts',
  },
  testTimeout: 60_000,
};
