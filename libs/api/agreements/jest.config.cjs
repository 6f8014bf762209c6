const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-agreements', rootDir: __dirname, nest: true });
