import type { Routes } from '@angular/router';

import { ExercisePageComponent } from './exercise/exercise-page.component';
import { ExercisesPageComponent } from './exercises/exercises-page.component';
import { FollowUpPageComponent } from './follow-up/follow-up-page.component';
import { providePreparednessTranslations } from './i18n/preparedness-translations';
import { RosterPageComponent } from './roster/roster-page.component';
import { YearlyCheckPageComponent } from './yearly-check/yearly-check-page.component';

/**
 * Mounted at `/beredskap`: the yearly check with the routines, the exercises (`/beredskap/ovelser`, one at
 * `/beredskap/ovelser/<id>`), "Min oppfølging" (`/beredskap/oppfolging`) and the crisis teams
 * (`/beredskap/kriseteam`). The region is `?region=` on each. Route `title`s are translation keys.
 */
export const PREPAREDNESS_ROUTES: Routes = [
  {
    path: '',
    providers: [providePreparednessTranslations()],
    children: [
      { path: '', component: YearlyCheckPageComponent, title: 'preparedness.check.title' },
      { path: 'ovelser', component: ExercisesPageComponent, title: 'preparedness.exercises.title' },
      { path: 'ovelser/:id', component: ExercisePageComponent, title: 'preparedness.exercise.pageTitle' },
      { path: 'oppfolging', component: FollowUpPageComponent, title: 'preparedness.mine.title' },
      { path: 'kriseteam', component: RosterPageComponent, title: 'preparedness.roster.title' },
    ],
  },
];
