const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-publishing', rootDir: __dirname, nest: true });
