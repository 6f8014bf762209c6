import type { Routes } from '@angular/router';

import { providePlanTranslations } from './i18n/plan-translations';
import { PlanPageComponent } from './page/plan-page.component';

/** Lazy routes of the implementation plan, mounted at `/plan`. */
export const PLAN_ROUTES: Routes = [
  {
    path: '',
    providers: [providePlanTranslations()],
    children: [{ path: '', component: PlanPageComponent, title: 'plan.title' }],
  },
];
