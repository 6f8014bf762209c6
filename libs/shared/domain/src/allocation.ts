/**
 * Cost allocation, as its own entry point: it brings decimal.js, which pages that only need the vocabulary (roles,
 * statuses) should not download.
 */
export * from './lib/allocation';
export * from './lib/cost-key-allocation';
export * from './lib/agreement-price';
export * from './lib/economics-rules';
export * from './lib/norwegian-number';
