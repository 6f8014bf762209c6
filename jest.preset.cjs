// Shared Jest settings for the Node-side projects (api, libs, tools).
// NestJS 12 ships ESM only, so every Node project runs Jest in ESM mode
// (node --experimental-vm-modules, ts-jest with useESM). ts-jest runs isolated (no type checking):
// each project has a separate `typecheck` target with tsc.
const path = require('node:path');
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const workspaceRoot = __dirname;

/**
 * For projects that load @nestjs/throttler (the API and its libraries): a CommonJS package requiring ESM-only
 * Nest 12, which Jest's ESM runtime cannot do by itself (see tools/jest/esm-require-bridge.cjs).
 */
const esmRequireBridge = {
  transform: {
    '/node_modules/@nestjs/throttler/.+\\.js$': path.join(workspaceRoot, 'tools/jest/esm-require-bridge.cjs'),
  },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/throttler/)'],
  setupFiles: [path.join(workspaceRoot, 'tools/jest/esm-require-bridge.setup.mjs')],
};

function nodeProject({ displayName, rootDir, testMatch, nest = false, ...rest }) {
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
      ...(nest ? esmRequireBridge.transform : {}),
    },
    ...(nest
      ? {
          transformIgnorePatterns: esmRequireBridge.transformIgnorePatterns,
          setupFiles: esmRequireBridge.setupFiles,
        }
      : {}),
    ...rest,
  };
}

module.exports = { nodeProject, workspaceRoot };
