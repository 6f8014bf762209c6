const { webProject } = require('../jest.preset.cjs');

module.exports = webProject({
  displayName: 'web-plan',
  rootDir: __dirname,
  testProviders: 'src/test-setup.ts',
});
