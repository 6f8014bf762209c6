const { webProject } = require('../jest.preset.cjs');

module.exports = webProject({
  displayName: 'web-overview',
  rootDir: __dirname,
  testProviders: 'src/test-setup.ts',
});
