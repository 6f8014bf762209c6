const { webProject } = require('../jest.preset.cjs');

module.exports = webProject({
  displayName: 'web-agreements',
  rootDir: __dirname,
  testProviders: 'src/test-setup.ts',
});
