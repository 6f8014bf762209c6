import { provideOverviewTranslations } from './lib/i18n/overview-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the overview feature's texts. */
export const TEST_PROVIDERS = [provideOverviewTranslations()];
