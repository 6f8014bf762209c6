/**
 * What other features may read of the economics, owned by the economics feature (its tables, its SQL). Only the
 * features eslint.config.mjs lists for `read:economics` may import it.
 */
export * from './lib/measure-figures.read';
export * from './lib/municipality-figures.read';
