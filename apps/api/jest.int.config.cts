/* Integration tests: the API over HTTP against a real PostgreSQL (DATABASE_URL) or the embedded one. */
module.exports = {
  displayName: 'api-int',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleNameMapper: {
    '^@beside/shared/contracts$': '<rootDir>/../../libs/shared/contracts/src/index.ts',
    '^@beside/shared/authz$': '<rootDir>/../../libs/shared/authz/src/index.ts',
    '^@beside/shared/util$': '<rootDir>/../../libs/shared/util/src/index.ts',
  },
  moduleFileExtensions: ['ts', 'js'],
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
