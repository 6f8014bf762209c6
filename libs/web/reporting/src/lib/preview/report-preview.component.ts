import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { CompiledReportData } from '@samarbeid/shared/domain';
import { formatKroner, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { CompiledReportPreviewGQL, FrozenReportGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  DetailPageComponent,
  type DetailPageState,
} from '@samarbeid/web/ui';
import { map, switchMap } from 'rxjs';

/**
 * `/rapportering/:id/forhandsvisning` (the live data compiled now) and `/rapportering/:id/versjon/:versionId` (a
 * frozen version): the region's report as a page, section by section as in the Word and PDF files.
 */
@Component({
  selector: 'sb-report-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DetailPageComponent, DataTableComponent],
  templateUrl: './report-preview.component.html',
})
export class ReportPreviewComponent {
  readonly id = input.required<string>();
  readonly versionId = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly previewQuery = inject(CompiledReportPreviewGQL);
  private readonly frozenQuery = inject(FrozenReportGQL);
  protected readonly t = this.i18n.t;
  protected readonly kroner = (value: string | null) => (value === null ? '–' : formatKroner(value));

  private readonly source = computed(() => ({ periodId: this.id(), versionId: this.versionId() }));
  private readonly result = toSignal(
    toObservable(this.source).pipe(
      switchMap(({ periodId, versionId }) =>
        versionId
          ? this.frozenQuery.watch({ variables: { id: versionId } }).valueChanges.pipe(
              map((result) => ({
                loading: result.loading,
                error: result.error,
                json: result.dataState === 'complete' ? result.data.frozenReport.dataJson : undefined,
                number: result.dataState === 'complete' ? result.data.frozenReport.number : undefined,
              })),
            )
          : this.previewQuery
              .watch({ variables: { periodId }, fetchPolicy: 'network-only' })
              .valueChanges.pipe(
                map((result) => ({
                  loading: result.loading,
                  error: result.error,
                  json: result.dataState === 'complete' ? result.data.compiledReportPreview : undefined,
                  number: undefined,
                })),
              ),
      ),
    ),
  );

  protected readonly data = computed<CompiledReportData | undefined>(() => {
    const json = this.result()?.json;
    return json ? (JSON.parse(json) as CompiledReportData) : undefined;
  });

  protected readonly page = computed<DetailPageState>(() => {
    const result = this.result();
    if (this.data()) return { kind: 'ready' };
    if (result?.error && !result.loading)
      return { kind: 'error', message: queryErrorText(result.error, this.i18n) };
    return { kind: 'loading' };
  });

  protected readonly heading = computed(() => {
    const number = this.result()?.number;
    return number === undefined
      ? this.t('reporting.preview.live')
      : this.t('reporting.preview.version', { number: String(number) });
  });

  protected readonly reportColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'subject', label: this.t('reporting.period.col.subject') },
    { key: 'state', label: this.t('reporting.period.col.state') },
    { key: 'rag', label: this.t('reporting.period.col.rag') },
    { key: 'progress', label: this.t('reporting.period.col.progress') },
  ]);

  protected readonly economicsColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'measure', label: this.t('reporting.preview.measure') },
    { key: 'participants', label: this.t('reporting.preview.participants') },
    { key: 'costs', label: this.t('reporting.preview.costs') },
    { key: 'planned', label: this.t('reporting.preview.plannedBenefits') },
    { key: 'realised', label: this.t('reporting.preview.realisedBenefits') },
  ]);

  protected stateText(state: string): string {
    return this.t(`reporting.state.${state as 'DRAFT'}`);
  }

  protected ragText(rag: string | null): string {
    return rag ? this.t(`reporting.rag.${rag as 'GREEN'}`) : '–';
  }

  protected date(value: string): string {
    return this.i18n.date(value.slice(0, 10));
  }
}
