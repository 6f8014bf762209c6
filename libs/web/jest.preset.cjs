// Shared Jest settings for the Angular projects (apps/web, libs/web/*): jest-preset-angular in CommonJS
// mode, jsdom, zoneless TestBed. The Node-side projects use the root jest.preset.cjs instead.
const path = require('node:path');
const { createCjsPreset } = require('jest-preset-angular/presets');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('../../tsconfig.base.json');

const workspaceRoot = path.resolve(__dirname, '../..');

function webProject({ displayName, rootDir, ...rest }) {
  const preset = createCjsPreset({ tsconfig: path.join(rootDir, 'tsconfig.spec.json') });
  return {
    ...preset,
    displayName,
    rootDir,
    testMatch: ['<rootDir>/src/**/*.spec.ts'],
    setupFilesAfterEnv: [path.join(__dirname, 'jest.setup.cjs')],
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
