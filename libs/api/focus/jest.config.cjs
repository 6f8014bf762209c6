const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-focus', rootDir: __dirname, nest: true });
