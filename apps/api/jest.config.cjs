const { nodeProject } = require('../../jest.preset.cjs');

// Unit tests beside the code (src/**/*.spec.ts) and integration tests (test/**/*.spec.ts) that boot the real
// app against a real PostgreSQL and the running development identity provider.
module.exports = nodeProject({
  displayName: 'api',
  nest: true,
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  testTimeout: 30000,
  maxWorkers: 2,
});
