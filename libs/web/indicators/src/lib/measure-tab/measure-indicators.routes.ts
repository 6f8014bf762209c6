import type { Routes } from '@angular/router';

import { provideIndicatorsTranslations } from '../i18n/indicators-translations';
import { MeasureIndicatorsTabComponent } from './measure-indicators-tab.component';

/**
 * The tab this feature adds to the measure page: the app plugs it in as a lazy child route of `/tiltak/:code`
 * (`/tiltak/T7/indikatorer`); the page hands it the measure through MeasureTabContext.
 */
export const MEASURE_INDICATOR_ROUTES: Routes = [
  { path: '', component: MeasureIndicatorsTabComponent, providers: [provideIndicatorsTranslations()] },
];
