import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { DEFAULT_REGION_SLUG, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { type ReportingPeriodFieldsFragment, ReportingPeriodsGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  FORM_KIT,
  injectFocusAfterRender,
  ListPageComponent,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { ReportingPermissions } from '../shared/reporting-permissions';
import { PeriodFormComponent } from './period-form.component';

export const PERIODS_PAGE_SIZE = 50;

/**
 * `/rapportering`: the region's reporting periods, newest first, each with how many of its reports are in. The
 * secretariat opens a new one here.
 */
@Component({
  selector: 'sb-reporting-periods-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DataTableComponent, ListPageComponent, PeriodFormComponent, FORM_KIT],
  templateUrl: './periods-page.component.html',
})
export class PeriodsPageComponent {
  readonly region = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly query = inject(ReportingPeriodsGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly permissions = inject(ReportingPermissions);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly slug = computed(() => this.region() ?? DEFAULT_REGION_SLUG);
  protected readonly formOpen = signal(false);

  private readonly ref = computed(() =>
    this.query.watch({
      variables: { regionSlug: this.slug(), first: PERIODS_PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.ref).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly view = computed(() => {
    const result = this.result();
    const list = result?.dataState === 'complete' ? result.data.reportingPeriods : undefined;
    const loading = !list && (!result || result.loading);
    const error = result?.error && !result.loading ? queryErrorText(result.error, this.i18n) : undefined;
    const rows = (list?.nodes ?? []).map((period: ReportingPeriodFieldsFragment) => ({
      ...period,
      kindText: this.t(`reporting.kind.${period.kind}`),
      span: `${this.i18n.date(period.periodFrom)}–${this.i18n.date(period.periodTo)}`,
      due: this.i18n.date(period.dueDate),
      statusText: this.t(`reporting.periodStatus.${period.status}`),
      progress: this.t('reporting.progressOf', {
        submitted: String(period.submittedCount),
        total: String(period.reportCount),
      }),
    }));
    return { loading, error, rows, list };
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'name', label: this.t('reporting.col.name') },
    { key: 'kind', label: this.t('reporting.col.kind') },
    { key: 'span', label: this.t('reporting.col.span') },
    { key: 'due', label: this.t('reporting.col.due') },
    { key: 'progress', label: this.t('reporting.col.progress') },
    { key: 'status', label: this.t('reporting.col.status') },
  ]);

  protected openForm(): void {
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.focusAfterRender('#period-open');
  }

  protected onOpened(period: ReportingPeriodFieldsFragment): void {
    this.router
      .navigate(['/rapportering', period.id])
      .catch((error: unknown) => console.error('Navigation failed', error));
  }

  protected retry(): void {
    this.ref()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the reporting periods again', error));
  }
}
