import type { Routes } from '@angular/router';

import { HomePageComponent } from './home/home-page.component';
import { provideOverviewTranslations } from './i18n/overview-translations';

/** Lazy routes of the overview feature, mounted at `/`: the home page with the overview for the user's role. */
export const OVERVIEW_ROUTES: Routes = [
  {
    path: '',
    providers: [provideOverviewTranslations()],
    children: [{ path: '', component: HomePageComponent, title: 'overview.title' }],
  },
];
