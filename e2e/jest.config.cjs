// Browser journeys: the built app (dist/) is started once for all specs, on DATABASE_URL or embedded PGlite.
module.exports = require('../jest.preset.cjs')('e2e', {
  displayName: 'e2e',
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testTimeout: 120000,
});
