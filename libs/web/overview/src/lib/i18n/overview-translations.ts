import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { overviewEn } from './overview.en';
import { overviewNb } from './overview.nb';

/** The overview feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function provideOverviewTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: overviewNb, en: overviewEn });
}
