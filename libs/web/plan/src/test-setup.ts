import { providePlanTranslations } from './lib/i18n/plan-translations';

/** What every spec's testing module has (see libs/web/jest.setup.cjs): the plan feature's texts. */
export const TEST_PROVIDERS = [providePlanTranslations()];
