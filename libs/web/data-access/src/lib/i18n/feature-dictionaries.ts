import type { agreementsInboxNb } from './agreements-inbox.nb';
import type { agreementsNb } from './agreements.nb';
import type { economicsPagesNb } from './economics-pages.nb';
import type { economicsNb } from './economics.nb';

/**
 * Keys of the dictionaries that load with their feature instead of with every page (they are imported only by the
 * feature's lazy routes, which register them with provideTranslations). Type-only imports: nothing here is bundled.
 */
export type FeatureTranslationKey =
  | keyof typeof agreementsInboxNb
  | keyof typeof agreementsNb
  | keyof typeof economicsNb
  | keyof typeof economicsPagesNb;
