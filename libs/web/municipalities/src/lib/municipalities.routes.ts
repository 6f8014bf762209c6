import type { Routes } from '@angular/router';

import { provideMunicipalitiesTranslations } from './i18n/municipalities-translations';
import { MunicipalitiesPageComponent } from './municipalities-page.component';

/** Lazy routes of the municipalities feature (mounted at `/kommuner`). */
export const MUNICIPALITIES_ROUTES: Routes = [
  {
    path: '',
    providers: [provideMunicipalitiesTranslations()],
    children: [{ path: '', component: MunicipalitiesPageComponent, title: 'municipalities.title' }],
  },
];
