const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-overview', rootDir: __dirname, nest: true });
