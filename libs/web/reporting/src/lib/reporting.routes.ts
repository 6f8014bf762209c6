import type { Routes } from '@angular/router';

import { provideReportingTranslations } from './i18n/reporting-translations';
import { PeriodPageComponent } from './period/period-page.component';
import { PeriodsPageComponent } from './periods/periods-page.component';
import { ReportPreviewComponent } from './preview/report-preview.component';
import { ReportPageComponent } from './report/report-page.component';

/**
 * Mounted at `/rapportering`: the region's reporting periods, one period's board and reports
 * (`/rapportering/<id>`), one status report (`/rapportering/<id>/rapport/<reportId>`), the compiled report
 * previewed live (`…/forhandsvisning`) and a frozen version (`…/versjon/<versionId>`). Route `title`s are
 * translation keys.
 */
export const REPORTING_ROUTES: Routes = [
  {
    path: '',
    providers: [provideReportingTranslations()],
    children: [
      { path: '', component: PeriodsPageComponent, title: 'reporting.title' },
      { path: ':id', component: PeriodPageComponent, title: 'reporting.period.title' },
      { path: ':id/forhandsvisning', component: ReportPreviewComponent, title: 'reporting.preview.title' },
      { path: ':id/versjon/:versionId', component: ReportPreviewComponent, title: 'reporting.preview.title' },
      {
        path: ':periodId/rapport/:reportId',
        component: ReportPageComponent,
        title: 'reporting.report.title',
      },
    ],
  },
];
