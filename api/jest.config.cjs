module.exports = require('../jest.preset.cjs')('api', { displayName: 'api' });
