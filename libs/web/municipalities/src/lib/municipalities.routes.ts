import type { Routes } from '@angular/router';

import { MunicipalitiesPageComponent } from './municipalities-page.component';

/** Lazy routes of the municipalities feature (mounted at `/kommuner`). */
export const MUNICIPALITIES_ROUTES: Routes = [
  { path: '', component: MunicipalitiesPageComponent, title: 'municipalities.title' },
];
