const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-indicators', rootDir: __dirname, nest: true });
