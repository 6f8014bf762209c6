import { provideNetworksTranslations } from './lib/i18n/networks-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the networks feature's texts, as its pages have them behind its routes. */
export const TEST_PROVIDERS = [provideNetworksTranslations()];
