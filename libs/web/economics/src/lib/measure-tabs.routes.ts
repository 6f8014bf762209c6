import type { Routes } from '@angular/router';
import { unsavedChangesGuard } from '@samarbeid/web/ui';

import { provideMeasureEconomicsTranslations } from './i18n/economics-translations';
import { MeasureBenefitsTabComponent } from './measure-benefits/measure-benefits-tab.component';
import { MeasureEconomicsTabComponent } from './measure-economics/measure-economics-tab.component';

/**
 * The tabs this feature adds to the measure page. The app plugs them in as lazy child routes of `/tiltak/:code`
 * (`/tiltak/T7/okonomi`, `/tiltak/T7/gevinster`); the page hands them the measure through MeasureTabContext. Switching
 * tab destroys the one left, so each asks first while one of its editors has unsaved changes.
 */

/** A measure's costs, distribution key and shares. */
export const MEASURE_ECONOMICS_ROUTES: Routes = [
  {
    path: '',
    component: MeasureEconomicsTabComponent,
    canDeactivate: [unsavedChangesGuard],
    providers: [provideMeasureEconomicsTranslations()],
  },
];

/** A measure's benefit plan: planned against realised, the benefit map, actual values. */
export const MEASURE_BENEFITS_ROUTES: Routes = [
  {
    path: '',
    component: MeasureBenefitsTabComponent,
    canDeactivate: [unsavedChangesGuard],
    providers: [provideMeasureEconomicsTranslations()],
  },
];
