const { nodeProject } = require('../jest.preset.cjs');

module.exports = nodeProject({
  displayName: 'docker',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.spec.ts'],
  testTimeout: 60000,
});
