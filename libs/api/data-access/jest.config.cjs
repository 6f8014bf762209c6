const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-data-access', rootDir: __dirname, nest: true });
