import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { planEn } from './plan.en';
import { planNb } from './plan.nb';

/** The plan feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function providePlanTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: planNb, en: planEn });
}
