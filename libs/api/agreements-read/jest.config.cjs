const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-agreements-read', rootDir: __dirname, nest: true });
