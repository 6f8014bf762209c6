import { provideIndicatorsTranslations } from './lib/i18n/indicators-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the indicators feature's texts. */
export const TEST_PROVIDERS = [provideIndicatorsTranslations()];
