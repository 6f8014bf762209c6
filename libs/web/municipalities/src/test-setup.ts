import { provideMunicipalitiesTranslations } from './lib/i18n/municipalities-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the municipalities feature's texts, as its page has them behind its route. */
export const TEST_PROVIDERS = [provideMunicipalitiesTranslations()];
