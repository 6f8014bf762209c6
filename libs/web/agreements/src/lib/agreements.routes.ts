import type { Routes } from '@angular/router';

import { AgreementPageComponent } from './agreement/agreement-page.component';
import { AgreementEditorPageComponent } from './editor/agreement-editor-page.component';
import { provideAgreementsTranslations } from './i18n/agreements-translations';
import { ApprovalInboxPageComponent } from './inbox/approval-inbox-page.component';
import { MunicipalityAgreementsPageComponent } from './municipality/municipality-agreements-page.component';
import { NotificationsPageComponent } from './notifications/notifications-page.component';
import { AgreementsPageComponent } from './register/agreements-page.component';

const TRANSLATIONS = provideAgreementsTranslations();

/**
 * Mounted at `/avtaler`: the register of agreements, a new agreement, one agreement (`/avtaler/<id>`) and its editor,
 * and one municipality's agreements with their deadlines (`/avtaler/kommuner/3334`). Route `title`s are translation
 * keys (see I18nTitleStrategy).
 */
export const AGREEMENT_ROUTES: Routes = [
  {
    path: '',
    providers: [TRANSLATIONS],
    children: [
      { path: '', component: AgreementsPageComponent, title: 'agreements.register.title' },
      { path: 'ny', component: AgreementEditorPageComponent, title: 'agreements.editor.newTitle' },
      {
        path: 'kommuner/:number',
        component: MunicipalityAgreementsPageComponent,
        title: 'agreementsInbox.municipality.title',
      },
      { path: ':id/rediger', component: AgreementEditorPageComponent, title: 'agreements.editor.editTitle' },
      { path: ':id', component: AgreementPageComponent, title: 'agreements.agreement.title' },
    ],
  },
];

/** Mounted at `/godkjenninger`: a director's approval inbox. */
export const APPROVAL_ROUTES: Routes = [
  {
    path: '',
    providers: [TRANSLATIONS],
    children: [{ path: '', component: ApprovalInboxPageComponent, title: 'agreementsInbox.inbox.title' }],
  },
];

/** Mounted at `/varsler`: the signed-in user's notifications. */
export const NOTIFICATION_ROUTES: Routes = [
  {
    path: '',
    providers: [TRANSLATIONS],
    children: [
      { path: '', component: NotificationsPageComponent, title: 'agreementsInbox.notifications.title' },
    ],
  },
];
