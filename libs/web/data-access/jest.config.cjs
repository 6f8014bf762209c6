const { webProject } = require('../jest.preset.cjs');

module.exports = webProject({ displayName: 'web-data-access', rootDir: __dirname });
