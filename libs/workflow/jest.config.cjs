module.exports = require('../../jest.preset.cjs')('libs/workflow', { displayName: 'workflow' });
