const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-portfolio', rootDir: __dirname, nest: true });
