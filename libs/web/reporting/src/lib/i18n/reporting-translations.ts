import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { reportingEn } from './reporting.en';
import { reportingNb } from './reporting.nb';

/** The reporting feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function provideReportingTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: reportingNb, en: reportingEn });
}
