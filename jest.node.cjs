// The jest set-up every library that runs on Node alone shares (libs/shared/*: no framework, no DOM);
// each project's jest.config.cts names itself and calls this, as the Angular ones call jest.angular.cjs.
const { join, relative } = require('node:path');

/** @param {string} displayName @param {string} projectDir */
module.exports = function nodeJestConfig(displayName, projectDir) {
  return {
    displayName,
    // A preset is a package name or a path from the project's folder.
    preset: relative(projectDir, join(__dirname, 'jest.preset.js')),
    testEnvironment: 'node',
    transform: {
      '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
    },
    moduleFileExtensions: ['ts', 'js', 'html'],
    coverageDirectory: join(__dirname, 'coverage', relative(__dirname, projectDir)),
  };
};
