import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { cooperatingNetworksEn } from './cooperating-networks.en';
import { cooperatingNetworksNb } from './cooperating-networks.nb';
import { portfolioEn } from './portfolio.en';
import { portfolioNb } from './portfolio.nb';

/** The portfolio's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function providePortfolioTranslations(): EnvironmentProviders {
  return provideTranslations({
    nb: { ...portfolioNb, ...cooperatingNetworksNb },
    en: { ...portfolioEn, ...cooperatingNetworksEn },
  });
}
