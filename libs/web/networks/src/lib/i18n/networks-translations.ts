import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { networkAdminEn } from './network-admin.en';
import { networkAdminNb } from './network-admin.nb';
import { networksEn } from './networks.en';
import { networksNb } from './networks.nb';
import { selfEvaluationEn } from './self-evaluation.en';
import { selfEvaluationNb } from './self-evaluation.nb';

/** The networks feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function provideNetworksTranslations(): EnvironmentProviders {
  return provideTranslations({
    nb: { ...networksNb, ...selfEvaluationNb, ...networkAdminNb },
    en: { ...networksEn, ...selfEvaluationEn, ...networkAdminEn },
  });
}
