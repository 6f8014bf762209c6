import type { Routes } from '@angular/router';
import { provideTranslations } from '@samarbeid/web/data-access';
import { economicsEn, economicsNb } from '@samarbeid/web/data-access/dictionaries';

import { DecisionsPageComponent } from './decisions/decisions-page.component';
import { HistoryPageComponent } from './history/history-page.component';
import { MeasureDetailPageComponent } from './measure-detail/measure-detail-page.component';
import { MeasuresPageComponent } from './measures/measures-page.component';
import { ParticipationPageComponent } from './participation/participation-page.component';

/** Lazy routes of the portfolio (route `title`s are translation keys; see I18nTitleStrategy). */

/** Mounted at `/tiltak`: the portfolio table and one measure (`/tiltak/T7`). */
export const MEASURE_ROUTES: Routes = [
  { path: '', component: MeasuresPageComponent, title: 'measures.title' },
  {
    path: ':code',
    component: MeasureDetailPageComponent,
    title: 'measureDetail.title',
    // The economics and benefit-plan tabs' texts load with the measure page.
    providers: [provideTranslations({ nb: economicsNb, en: economicsEn })],
  },
];

/** Mounted at `/deltakelse`: the participation matrix. */
export const PARTICIPATION_ROUTES: Routes = [
  { path: '', component: ParticipationPageComponent, title: 'participation.title' },
];

/** Mounted at `/vedtak`: the decisions log. */
export const DECISION_ROUTES: Routes = [
  { path: '', component: DecisionsPageComponent, title: 'decisions.title' },
];

/** Mounted at `/historikk`: the change log (the secretariat). */
export const HISTORY_ROUTES: Routes = [{ path: '', component: HistoryPageComponent, title: 'history.title' }];
