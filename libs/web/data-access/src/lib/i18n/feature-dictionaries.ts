/**
 * The keys of the dictionaries that load with their feature (each feature's lazy routes register its dictionaries
 * with provideTranslations), by feature. Data-access knows no feature: each feature adds its keys here from its own
 * dictionary file, by module augmentation, so that `t()` checks them wherever that feature is compiled:
 *
 * ```ts
 * declare module '@samarbeid/web/data-access' {
 *   interface FeatureTranslationKeys {
 *     portfolio: keyof typeof portfolioNb;
 *   }
 * }
 * ```
 *
 * A feature's code sees its own keys and the core ones (a feature's dictionary is part of its library); the app sees
 * every feature's, since it loads them all.
 */
export interface FeatureTranslationKeys {
  /** No feature: the core dictionary only. */
  none: never;
}

/** Keys of the dictionaries that load with their feature. */
export type FeatureTranslationKey = FeatureTranslationKeys[keyof FeatureTranslationKeys];
