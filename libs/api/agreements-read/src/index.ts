/**
 * What other features may read of the agreements, owned by the agreements feature (its tables, its SQL). Only the
 * features eslint.config.mjs lists for `read:agreements` may import it.
 */
export * from './lib/agreement-costs.read';
export * from './lib/agreement-overview.read';
