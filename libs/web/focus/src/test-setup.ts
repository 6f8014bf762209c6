import { provideFocusTranslations } from './lib/i18n/focus-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the focus feature's texts. */
export const TEST_PROVIDERS = [provideFocusTranslations()];
