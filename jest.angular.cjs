// The jest set-up every Angular project shares; each project's jest.config.cts names itself and calls this.
const { join, relative } = require('node:path');

/** @param {string} displayName @param {string} projectDir */
module.exports = function angularJestConfig(displayName, projectDir) {
  return {
    displayName,
    // A preset is a package name or a path from the project's folder.
    preset: relative(projectDir, join(__dirname, 'jest.preset.js')),
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    // A file's first TestBed compiles its components: beside lint and the integration tests on a
    // two-core machine (npm test runs them side by side) that alone has taken longer than jest's 5 s.
    testTimeout: 20000,
    coverageDirectory: join(__dirname, 'coverage', relative(__dirname, projectDir)),
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        {
          tsconfig: '<rootDir>/tsconfig.spec.json',
          stringifyContentPathRegex: '\\.(html|svg)$',
        },
      ],
    },
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
};
