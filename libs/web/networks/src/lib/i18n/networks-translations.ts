import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { networksEn } from './networks.en';
import { networksNb } from './networks.nb';

/** The networks feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function provideNetworksTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: networksNb, en: networksEn });
}
