/**
 * Two projects, both run by `npm test`: the unit tests, and the slow ones (the
 * pane end to end in Chromium, region-scale books) in their own project so
 * they can be run or timed alone: `npx jest --selectProjects slow`.
 */
const shared = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  // Types are checked once by `tsc --noEmit` in `npm test`; ts-jest only transpiles.
  transform: { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, diagnostics: false }] },
  moduleNameMapper: {
    // office-addin-mock 4 pulls an ESM-only module through office-addin-manifest;
    // only its OfficeApp enum is needed.
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.ts',
  },
};

const SLOW = ['<rootDir>/test/e2e/**/*.test.ts', '<rootDir>/test/**/*.scale.test.ts'];

/** @type {import('jest').Config} */
module.exports = {
  // Both cores: the slow files start first (jest remembers durations) and the rest fill the other worker.
  maxWorkers: 2,
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/test/e2e/', '\\.scale\\.test\\.ts$'],
    },
    // Region-scale books and a browser take minutes on a busy 2-core machine: the setup file gives each test four.
    { ...shared, displayName: 'slow', testMatch: SLOW, setupFilesAfterEnv: ['<rootDir>/test/support/slow-timeout.ts'] },
  ],
};
