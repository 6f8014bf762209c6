const { webProject } = require('../jest.preset.cjs');

module.exports = webProject({ displayName: 'web-ui', rootDir: __dirname });
