import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { focusEn } from './focus.en';
import { focusNb } from './focus.nb';

/** The focus feature's texts, registered by its routes (and, for its specs, by src/test-setup.ts). */
export function provideFocusTranslations(): EnvironmentProviders {
  return provideTranslations({ nb: focusNb, en: focusEn });
}
