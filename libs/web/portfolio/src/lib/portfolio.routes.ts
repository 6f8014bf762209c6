import type { Routes } from '@angular/router';

import { DecisionsPageComponent } from './decisions/decisions-page.component';
import { HistoryPageComponent } from './history/history-page.component';
import { providePortfolioTranslations } from './i18n/portfolio-translations';
import { MeasureDetailPageComponent } from './measure-detail/measure-detail-page.component';
import { MeasuresPageComponent } from './measures/measures-page.component';
import { ParticipationPageComponent } from './participation/participation-page.component';

/** Lazy routes of the portfolio (route `title`s are translation keys; see I18nTitleStrategy). */

/** The routes with the portfolio's texts (which load with them). */
function withTexts(children: Routes): Routes {
  return [{ path: '', providers: [providePortfolioTranslations()], children }];
}

/**
 * Mounted at `/tiltak`: the portfolio table and one measure (`/tiltak/T7`). `tabs` are the tabs other features add
 * to the measure page, as its child routes (`/tiltak/T7/okonomi`), each with MeasureTabRouteData; the app plugs
 * them in, so that this feature imports no other.
 */
export function measureRoutes(tabs: Routes = []): Routes {
  return withTexts([
    { path: '', component: MeasuresPageComponent, title: 'measures.title' },
    { path: ':code', component: MeasureDetailPageComponent, title: 'measureDetail.title', children: tabs },
  ]);
}

/** Mounted at `/deltakelse`: the participation matrix. */
export const PARTICIPATION_ROUTES: Routes = withTexts([
  { path: '', component: ParticipationPageComponent, title: 'participation.title' },
]);

/** Mounted at `/vedtak`: the decisions log. */
export const DECISION_ROUTES: Routes = withTexts([
  { path: '', component: DecisionsPageComponent, title: 'decisions.title' },
]);

/** Mounted at `/historikk`: the change log (the secretariat). */
export const HISTORY_ROUTES: Routes = withTexts([
  { path: '', component: HistoryPageComponent, title: 'history.title' },
]);
