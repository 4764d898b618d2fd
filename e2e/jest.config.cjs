/*
 * End-to-end suites against the built app, started by e2e/run.mjs (`npm run test:e2e`),
 * which passes its address in E2E_BASE_URL. API smoke suites live in e2e/api, browser
 * journeys (playwright-core + Chromium) in e2e/web. One worker: every suite shares one
 * server and one database, and Chromium is heavy on a small machine.
 */
module.exports = {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/api/**/*.e2e-spec.ts', '<rootDir>/web/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@beside/shared/contracts$': '<rootDir>/../libs/shared/contracts/src/index.ts',
    '^@beside/shared/authz$': '<rootDir>/../libs/shared/authz/src/index.ts',
    '^@beside/shared/util$': '<rootDir>/../libs/shared/util/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'js'],
  testSequencer: '<rootDir>/support/sequencer.cjs',
  maxWorkers: 1,
  testTimeout: 90000,
  slowTestThreshold: 30,
};
