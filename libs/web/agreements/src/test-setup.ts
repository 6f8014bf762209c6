import { provideAgreementsTranslations } from './lib/i18n/agreements-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the agreements feature's texts, as its pages have them behind its routes. */
export const TEST_PROVIDERS = [provideAgreementsTranslations()];
