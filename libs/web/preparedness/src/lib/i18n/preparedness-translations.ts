import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { preparednessEn } from './preparedness.en';
import { preparednessNb } from './preparedness.nb';

/** The preparedness feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function providePreparednessTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: preparednessNb, en: preparednessEn });
}
