const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-reporting', rootDir: __dirname, nest: true });
