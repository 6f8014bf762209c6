import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { indicatorsEn } from './indicators.en';
import { indicatorsNb } from './indicators.nb';

/** The indicators feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function provideIndicatorsTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: indicatorsNb, en: indicatorsEn });
}
