/**
 * What other features may read of the focus items, owned by the focus feature (its tables, its SQL, its status
 * rule). Only the features eslint.config.mjs lists for `read:focus` may import it.
 */
export * from './lib/domain/focus-status';
export * from './lib/focus-summaries.read';
