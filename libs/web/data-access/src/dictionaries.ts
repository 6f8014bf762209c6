/**
 * The feature dictionaries, as their own entry point: only the features' lazy routes (and tests) import them, so the
 * texts load with the feature, not with every page (the main entry point would put them in the first download).
 */
export * from './lib/i18n/agreements-inbox.en';
export * from './lib/i18n/agreements-inbox.nb';
export * from './lib/i18n/agreements.en';
export * from './lib/i18n/agreements.nb';
export * from './lib/i18n/economics-pages.en';
export * from './lib/i18n/economics-pages.nb';
export * from './lib/i18n/economics.en';
export * from './lib/i18n/economics.nb';
