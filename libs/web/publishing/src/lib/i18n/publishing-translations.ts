import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { publishingEn } from './publishing.en';
import { publishingNb } from './publishing.nb';

/** The publishing feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function providePublishingTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: publishingNb, en: publishingEn });
}
