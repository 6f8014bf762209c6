import { provideReportingTranslations } from './lib/i18n/reporting-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the reporting feature's texts. */
export const TEST_PROVIDERS = [provideReportingTranslations()];
