import type { Routes } from '@angular/router';

import { provideFocusTranslations } from './i18n/focus-translations';
import { FocusItemPageComponent } from './item/focus-item-page.component';
import { FocusListPageComponent } from './list/focus-list-page.component';

/** Lazy routes of the focus feature, mounted at `/fokus`: the list and one item (`/fokus/:id`). */
export const FOCUS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideFocusTranslations()],
    children: [
      { path: '', component: FocusListPageComponent, title: 'focus.title' },
      { path: ':id', component: FocusItemPageComponent, title: 'focus.item.title' },
    ],
  },
];
