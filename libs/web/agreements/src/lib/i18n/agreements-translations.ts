import type { EnvironmentProviders } from '@angular/core';
import { provideTranslations } from '@samarbeid/web/data-access';

import { agreementsEn } from './agreements.en';
import { agreementsNb } from './agreements.nb';
import { agreementsInboxEn } from './agreements-inbox.en';
import { agreementsInboxNb } from './agreements-inbox.nb';

export { agreementsEn, agreementsInboxEn, agreementsInboxNb, agreementsNb };

/** The agreements feature's texts (the register, the editor, the inbox and the notifications), for its routes. */
export function provideAgreementsTranslations(): EnvironmentProviders {
  return provideTranslations({
    nb: { ...agreementsNb, ...agreementsInboxNb },
    en: { ...agreementsEn, ...agreementsInboxEn },
  });
}
