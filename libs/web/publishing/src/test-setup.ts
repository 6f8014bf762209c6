import { providePublishingTranslations } from './lib/i18n/publishing-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the publishing feature's texts. */
export const TEST_PROVIDERS = [providePublishingTranslations()];
