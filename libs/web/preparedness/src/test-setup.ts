import { providePreparednessTranslations } from './lib/i18n/preparedness-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the preparedness feature's texts. */
export const TEST_PROVIDERS = [providePreparednessTranslations()];
