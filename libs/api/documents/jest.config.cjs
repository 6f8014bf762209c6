const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'api-documents', rootDir: __dirname });
