const { nodeProject } = require('../../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'shared-domain', rootDir: __dirname });
