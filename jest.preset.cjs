// Shared jest settings: ts-jest with the workspace path aliases, no passWithNoTests.
const path = require('node:path');
const root = __dirname;

module.exports = function preset(projectRoot, overrides = {}) {
  return {
    rootDir: path.join(root, projectRoot),
    testEnvironment: 'node',
    transform: {
      '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(root, projectRoot, 'tsconfig.spec.json'), diagnostics: { warnOnly: false } }],
    },
    moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
    moduleNameMapper: {
      '^@woonstart/domain$': path.join(root, 'libs/domain/src/index.ts'),
      '^@woonstart/workflow$': path.join(root, 'libs/workflow/src/index.ts'),
      '^@woonstart/db$': path.join(root, 'db/src/index.ts'),
      '^@woonstart/testing$': path.join(root, 'libs/testing/src/index.ts'),
    },
    testMatch: ['**/*.spec.ts'],
    ...overrides,
  };
};
