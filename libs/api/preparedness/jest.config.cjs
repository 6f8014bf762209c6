const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-preparedness', rootDir: __dirname, nest: true });
