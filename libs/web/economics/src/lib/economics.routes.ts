import type { Routes } from '@angular/router';

import { provideEconomicsPagesTranslations } from './i18n/economics-translations';
import { MunicipalityEconomicsPageComponent } from './municipality/municipality-economics-page.component';
import { RegionEconomicsPageComponent } from './region/region-economics-page.component';

/**
 * Lazy routes of the economics feature, mounted at `/okonomi`: the region's savings gap, measures and thresholds,
 * and one municipality's economics (`/okonomi/kommuner/3334`). Route `title`s are translation keys (see
 * I18nTitleStrategy).
 */
export const ECONOMICS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideEconomicsPagesTranslations()],
    children: [
      { path: '', component: RegionEconomicsPageComponent, title: 'economicsPages.region.title' },
      {
        path: 'kommuner/:number',
        component: MunicipalityEconomicsPageComponent,
        title: 'economicsPages.municipality.title',
      },
    ],
  },
];
