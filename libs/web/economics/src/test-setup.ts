import {
  provideEconomicsPagesTranslations,
  provideMeasureEconomicsTranslations,
} from './lib/i18n/economics-translations';

/**
 * What every spec's testing module has (see libs/web/jest.setup.cjs): the economics feature's texts, as its pages
 * and the measure's tabs have them behind their routes.
 */
export const TEST_PROVIDERS = [provideEconomicsPagesTranslations(), provideMeasureEconomicsTranslations()];
