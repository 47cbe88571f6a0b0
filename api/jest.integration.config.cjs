// Integration specs run the real app against PostgreSQL: DATABASE_URL when set, else embedded PGlite in memory.
module.exports = require('../jest.preset.cjs')('api', {
  displayName: 'api-integration',
  testMatch: ['**/*.integration-spec.ts'],
  testTimeout: 120000,
});
