// Imports the ESM-only modules that esm-require-bridge.cjs hands to CommonJS packages, through Jest's ESM loader
// (the same instances the tests import). See esm-require-bridge.cjs.
globalThis[Symbol.for('samarbeid.jest.esm-require-bridge')] = {
  '@nestjs/common': await import('@nestjs/common'),
  '@nestjs/core': await import('@nestjs/core'),
};
