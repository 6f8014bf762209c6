import type { Routes } from '@angular/router';
import { authGuard, type MeasureTabRouteData, SIGN_IN_FAILED_PATH } from '@samarbeid/web/data-access';

import { NotFoundComponent } from './not-found/not-found.component';
import { SignInFailedComponent } from './sign-in-failed/sign-in-failed.component';

/**
 * The tabs other features add to the measure page, as its lazy child routes: `/tiltak/T7/okonomi` and
 * `/tiltak/T7/gevinster`, from the economics feature, after the page's participants tab, and
 * `/tiltak/T7/indikatorer` from the indicators feature.
 */
const MEASURE_TAB_ROUTES: Routes = [
  {
    path: 'okonomi',
    data: { measureTab: { label: 'measureTab.economics', after: 'deltakere' } } satisfies MeasureTabRouteData,
    loadChildren: () => import('@samarbeid/web/economics').then((m) => m.MEASURE_ECONOMICS_ROUTES),
  },
  {
    path: 'gevinster',
    data: { measureTab: { label: 'measureTab.benefits', after: 'okonomi' } } satisfies MeasureTabRouteData,
    loadChildren: () => import('@samarbeid/web/economics').then((m) => m.MEASURE_BENEFITS_ROUTES),
  },
  {
    path: 'indikatorer',
    data: {
      measureTab: { label: 'measureTab.indicators', after: 'gevinster' },
    } satisfies MeasureTabRouteData,
    loadChildren: () => import('@samarbeid/web/indicators').then((m) => m.MEASURE_INDICATOR_ROUTES),
  },
];

/** Route `title`s are translation keys (see I18nTitleStrategy). Every page sits behind the auth guard. */
export const APP_ROUTES: Routes = [
  {
    path: SIGN_IN_FAILED_PATH.slice(1),
    component: SignInFailedComponent,
    title: 'signInFailed.title',
  },
  {
    // The accessibility statement, for everyone: no sign-in needed to read it.
    path: 'tilgjengelighet',
    loadChildren: () => import('@samarbeid/web/publishing').then((m) => m.STATEMENT_ROUTES),
  },
  {
    path: '',
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadChildren: () => import('@samarbeid/web/overview').then((m) => m.OVERVIEW_ROUTES),
      },
      {
        path: 'kommuner',
        loadChildren: () => import('@samarbeid/web/municipalities').then((m) => m.MUNICIPALITIES_ROUTES),
      },
      {
        path: 'tiltak',
        loadChildren: () =>
          import('@samarbeid/web/portfolio').then((m) => m.measureRoutes(MEASURE_TAB_ROUTES)),
      },
      {
        path: 'deltakelse',
        loadChildren: () => import('@samarbeid/web/portfolio').then((m) => m.PARTICIPATION_ROUTES),
      },
      {
        path: 'vedtak',
        loadChildren: () => import('@samarbeid/web/portfolio').then((m) => m.DECISION_ROUTES),
      },
      {
        path: 'avtaler',
        loadChildren: () => import('@samarbeid/web/agreements').then((m) => m.AGREEMENT_ROUTES),
      },
      {
        path: 'godkjenninger',
        loadChildren: () => import('@samarbeid/web/agreements').then((m) => m.APPROVAL_ROUTES),
      },
      {
        path: 'varsler',
        loadChildren: () => import('@samarbeid/web/agreements').then((m) => m.NOTIFICATION_ROUTES),
      },
      {
        path: 'okonomi',
        loadChildren: () => import('@samarbeid/web/economics').then((m) => m.ECONOMICS_ROUTES),
      },
      {
        path: 'nettverk',
        loadChildren: () => import('@samarbeid/web/networks').then((m) => m.NETWORK_ROUTES),
      },
      {
        path: 'indikatorer',
        loadChildren: () => import('@samarbeid/web/indicators').then((m) => m.INDICATOR_ROUTES),
      },
      {
        path: 'fokus',
        loadChildren: () => import('@samarbeid/web/focus').then((m) => m.FOCUS_ROUTES),
      },
      {
        path: 'beredskap',
        loadChildren: () => import('@samarbeid/web/preparedness').then((m) => m.PREPAREDNESS_ROUTES),
      },
      {
        path: 'rapportering',
        loadChildren: () => import('@samarbeid/web/reporting').then((m) => m.REPORTING_ROUTES),
      },
      {
        path: 'publisering',
        loadChildren: () => import('@samarbeid/web/publishing').then((m) => m.PUBLISHING_ROUTES),
      },
      {
        path: 'plan',
        loadChildren: () => import('@samarbeid/web/plan').then((m) => m.PLAN_ROUTES),
      },
      {
        path: 'historikk',
        loadChildren: () => import('@samarbeid/web/portfolio').then((m) => m.HISTORY_ROUTES),
      },
      { path: '**', component: NotFoundComponent, title: 'notFound.title' },
    ],
  },
];
