import type { Routes } from '@angular/router';

import { providePublishingTranslations } from './i18n/publishing-translations';
import { PublishingPageComponent } from './settings/publishing-page.component';
import { StatementPageComponent } from './statement/statement-page.component';

/** Lazy routes of the publishing feature, mounted at `/publisering` (secretariat). */
export const PUBLISHING_ROUTES: Routes = [
  {
    path: '',
    providers: [providePublishingTranslations()],
    children: [{ path: '', component: PublishingPageComponent, title: 'publishing.title' }],
  },
];

/** `/tilgjengelighet`: the accessibility statement, mounted outside the sign-in guard. */
export const STATEMENT_ROUTES: Routes = [
  {
    path: '',
    providers: [providePublishingTranslations()],
    children: [{ path: '', component: StatementPageComponent, title: 'accessibility.title' }],
  },
];
