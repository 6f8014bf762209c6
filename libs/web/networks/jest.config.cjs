const { webProject } = require('../jest.preset.cjs');

module.exports = webProject({
  displayName: 'web-networks',
  rootDir: __dirname,
  testProviders: 'src/test-setup.ts',
});
