import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { economicsEn } from './economics.en';
import { economicsNb } from './economics.nb';
import { economicsPagesEn } from './economics-pages.en';
import { economicsPagesNb } from './economics-pages.nb';

export { economicsEn, economicsNb, economicsPagesEn, economicsPagesNb };

/** The texts of the economics pages (`/okonomi`), registered by their routes. */
export function provideEconomicsPagesTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: economicsPagesNb, en: economicsPagesEn });
}

/** The texts of a measure's economics and benefit-plan tabs, registered by the tabs' routes. */
export function provideMeasureEconomicsTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: economicsNb, en: economicsEn });
}
