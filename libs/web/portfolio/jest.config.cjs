const { webProject } = require('../jest.preset.cjs');

module.exports = webProject({
  displayName: 'web-portfolio',
  rootDir: __dirname,
  testProviders: 'src/test-setup.ts',
});
