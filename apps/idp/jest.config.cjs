const { nodeProject } = require('../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'idp', rootDir: __dirname, testTimeout: 30000 });
