module.exports = require('../../jest.preset.cjs')('libs/domain', { displayName: 'domain' });
