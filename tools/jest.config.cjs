module.exports = require('../jest.preset.cjs')('tools', { displayName: 'tools', testTimeout: 120000 });
