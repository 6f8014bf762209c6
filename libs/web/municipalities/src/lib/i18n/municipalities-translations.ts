import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { municipalitiesEn } from './municipalities.en';
import { municipalitiesNb } from './municipalities.nb';
import { regionMembershipsEn } from './region-memberships.en';
import { regionMembershipsNb } from './region-memberships.nb';

/** The municipalities feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function provideMunicipalitiesTranslations(): EnvironmentProviders {
  return provideTranslations({
    nb: { ...municipalitiesNb, ...regionMembershipsNb },
    en: { ...municipalitiesEn, ...regionMembershipsEn },
  });
}
