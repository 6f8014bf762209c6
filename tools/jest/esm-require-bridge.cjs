// Jest transform for CommonJS packages that `require()` an ESM-only package.
//
// Nest 12 ships ESM only; @nestjs/throttler (6.7, the newest) is CommonJS and requires @nestjs/common and
// @nestjs/core. Node 20.19+ runs that (require(esm)) and webpack bundles it, but Jest's ESM runtime cannot
// ("Must use import to load ES Module"). This transform rewrites those require() calls to read the modules that
// esm-require-bridge.setup.mjs imported through Jest's own ESM loader, so the package shares the one instance of
// @nestjs/common and @nestjs/core the tests use. Remove both files once the package ships ESM.
const { createHash } = require('node:crypto');

const BRIDGED = ['@nestjs/common', '@nestjs/core'];
const REQUIRE = new RegExp(
  `require\\("(${BRIDGED.map((name) => name.replace('/', '\\/')).join('|')})"\\)`,
  'g',
);
const KEY = "Symbol.for('samarbeid.jest.esm-require-bridge')";

module.exports = {
  process(source) {
    return {
      code: source.replace(REQUIRE, (_call, name) => {
        const module = `globalThis[${KEY}]?.[${JSON.stringify(name)}]`;
        return `(${module} ?? (() => { throw new Error('${name}: add tools/jest/esm-require-bridge.setup.mjs to setupFiles'); })())`;
      }),
    };
  },
  getCacheKey(source, path) {
    return createHash('sha256').update(__filename).update(path).update(source).update('1').digest('hex');
  },
};
