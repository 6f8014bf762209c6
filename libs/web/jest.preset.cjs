// Shared Jest settings for the Angular projects (apps/web, libs/web/*): jest-preset-angular in CommonJS
// mode, jsdom, zoneless TestBed. The Node-side projects use the root jest.preset.cjs instead.
const path = require('node:path');
const { createCjsPreset } = require('jest-preset-angular/presets');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.base.json');

const workspaceRoot = path.resolve(__dirname, '../..');

/**
 * `testProviders`: the project's module (e.g. `src/test-setup.ts`) exporting TEST_PROVIDERS, which every spec's
 * testing module gets (a feature's texts, say); see jest.setup.cjs.
 */
function webProject({ displayName, rootDir, testProviders, ...rest }) {
  const preset = createCjsPreset({ tsconfig: path.join(rootDir, 'tsconfig.spec.json') });
  return {
    ...preset,
    displayName,
    rootDir,
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    setupFilesAfterEnv: [path.join(__dirname, 'jest.setup.cjs')],
    globals: testProviders ? { SB_TEST_PROVIDERS: path.join(rootDir, testProviders) } : {},
    moduleFileExtensions: ['ts', 'html', 'js', 'mjs', 'cjs', 'json'],
    moduleNameMapper: {
      ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${workspaceRoot}/` }),
      '^keycloak-js$': path.join(__dirname, 'jest.keycloak-js.cjs'),
    },
    // Angular's packages are .mjs; keycloak-js ships ESM in plain .js files: transform both.
    transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|keycloak-js/|@angular/common/locales/.*\\.js$))'],
    ...rest,
  };
}

module.exports = { webProject, workspaceRoot };
