const { webProject } = require('../../libs/web/jest.preset.cjs');

module.exports = webProject({ displayName: 'web', rootDir: __dirname });
