const { nodeProject } = require('../../jest.preset.cjs');

module.exports = nodeProject({ displayName: 'tools-stack', rootDir: __dirname });
