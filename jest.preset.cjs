// Shared Jest settings for the Node-side projects (api, libs, tools).
// NestJS 12 ships ESM only, so every Node project runs Jest in ESM mode
// (node --experimental-vm-modules, ts-jest with useESM). ts-jest runs isolated (no type checking):
// each project has a separate `typecheck` target with tsc.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const workspaceRoot = __dirname;

function nodeProject({ displayName, rootDir, testMatch, ...rest }) {
  return {
    displayName,
    rootDir,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
    testMatch: testMatch ?? ['<rootDir>/src/**/*.spec.ts'],
    moduleNameMapper: {
      ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${workspaceRoot}/` }),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    transform: {
      '^.+\\.ts$': [
        'ts-jest',
        {
          useESM: true,
          tsconfig: path.join(rootDir, 'tsconfig.spec.json'),
          diagnostics: false,
        },
      ],
    },
    ...rest,
  };
}

module.exports = { nodeProject, workspaceRoot };
