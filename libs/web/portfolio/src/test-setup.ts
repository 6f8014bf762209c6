import { providePortfolioTranslations } from './lib/i18n/portfolio-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the portfolio's texts, as its pages have them behind its routes. */
export const TEST_PROVIDERS = [providePortfolioTranslations()];
