import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { CompiledReportData } from '@samarbeid/shared/domain';
import { MEASURE_STATUS_LABELS, MEASURE_STATUSES } from '@samarbeid/shared/domain';
import { formatKroner, I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { CompiledReportPreviewGQL, FrozenReportGQL } from '@samarbeid/web/graphql';
import {
  ChartComponent,
  type ChartSpec,
  type DataTableColumn,
  DataTableComponent,
  DetailPageComponent,
  type DetailPageState,
} from '@samarbeid/web/ui';
import { map, switchMap } from 'rxjs';

/**
 * `/rapportering/:id/forhandsvisning` (the live data compiled now; `?kommune=3334` for a member's variant) and
 * `/rapportering/:id/versjon/:versionId` (a frozen version): the report as a page, section by section as in the Word
 * and PDF files, with the same two charts (each with its summary and its figures as a table).
 */
@Component({
  selector: 'sb-report-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent, DetailPageComponent, DataTableComponent],
  templateUrl: './report-preview.component.html',
})
export class ReportPreviewComponent {
  readonly id = input.required<string>();
  readonly versionId = input<string | undefined>(undefined);
  /** A member municipality's number (query parameter `kommune`): its variant of the live preview. */
  readonly kommune = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly previewQuery = inject(CompiledReportPreviewGQL);
  private readonly frozenQuery = inject(FrozenReportGQL);
  protected readonly t = this.i18n.t;
  protected readonly kroner = (value: string | null) => (value === null ? '–' : formatKroner(value));

  private readonly source = computed(() => ({
    periodId: this.id(),
    versionId: this.versionId(),
    municipalityNumber: this.kommune() ?? null,
  }));
  private readonly result = toSignal(
    toObservable(this.source).pipe(
      switchMap(({ periodId, versionId, municipalityNumber }) =>
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
              .watch({ variables: { periodId, municipalityNumber }, fetchPolicy: 'network-only' })
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

  /** The page's first heading: the region's report, or a municipality's variant. */
  protected readonly title = computed(() => {
    const report = this.data();
    if (!report) return '';
    return report.municipality
      ? this.t('reporting.preview.variantHeading', {
          name: report.municipality.name,
          region: report.regionName,
          period: report.period.name,
        })
      : `${report.regionName}: ${report.period.name}`;
  });

  /** The measures by status, in the order a measure moves through them (as the documents' figure 1). */
  protected readonly statusChart = computed(() => {
    const report = this.data();
    if (!report) return null;
    const language = this.i18n.language();
    const rows = MEASURE_STATUSES.flatMap((status) => {
      const count = report.portfolio.byStatus.find((row) => row.status === status)?.count ?? 0;
      return count > 0 ? [{ label: MEASURE_STATUS_LABELS[status][language], count }] : [];
    });
    const top = [...rows].sort((a, b) => b.count - a.count)[0];
    const spec: ChartSpec = {
      orientation: 'horizontal',
      categoryName: this.t('reporting.preview.status'),
      categories: rows.map((row) => row.label),
      unit: { kind: 'number' },
      series: [
        {
          type: 'bar',
          name: this.t('reporting.preview.measureCountSeries'),
          values: rows.map((row) => row.count),
          colour: 'accent',
          labels: true,
        },
      ],
      height: Math.max(160, rows.length * 44 + 40),
    };
    return {
      spec,
      summary: top
        ? this.t('reporting.preview.statusSummary', { status: top.label, count: String(top.count) })
        : this.t('reporting.preview.none'),
    };
  });

  /** Required against planned and realised, and the costs, in the period (as the documents' figure 2). */
  protected readonly savingsChart = computed(() => {
    const report = this.data();
    if (!report) return null;
    const economics = report.economics;
    const spec: ChartSpec = {
      categoryName: this.t('reporting.preview.period'),
      categories: [report.period.name],
      unit: { kind: 'kroner' },
      series: [
        {
          type: 'bar',
          name: this.t('reporting.preview.required'),
          values: [economics.requiredNok],
          colour: 'neutral',
          pattern: 'solid',
          labels: true,
        },
        {
          type: 'bar',
          name: this.t('reporting.preview.plannedBenefits'),
          values: [economics.plannedBenefitsNok],
          colour: 'accent',
          pattern: 'hatched',
          labels: true,
        },
        {
          type: 'bar',
          name: this.t('reporting.preview.realisedBenefits'),
          values: [economics.realisedBenefitsNok],
          colour: 'success',
          pattern: 'dotted',
          labels: true,
        },
        {
          type: 'bar',
          name: this.t('reporting.preview.costs'),
          values: [economics.plannedCostsNok],
          colour: 'warning',
          pattern: 'solid',
          labels: true,
        },
      ],
    };
    return {
      spec,
      summary: this.t('reporting.preview.savingsSummary', {
        required: this.kroner(economics.requiredNok),
        planned: this.kroner(economics.plannedBenefitsNok),
        realised: this.kroner(economics.realisedBenefitsNok),
        costs: this.kroner(economics.plannedCostsNok),
      }),
    };
  });

  protected readonly sharesColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'municipality', label: this.t('reporting.preview.municipality') },
    { key: 'measures', label: this.t('reporting.preview.measures') },
    { key: 'required', label: this.t('reporting.preview.ownRequired') },
    { key: 'share', label: this.t('reporting.preview.costShare') },
    { key: 'planned', label: this.t('reporting.preview.plannedBenefits') },
    { key: 'realised', label: this.t('reporting.preview.realisedBenefits') },
  ]);

  protected readonly variantColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'measure', label: this.t('reporting.preview.measure') },
    { key: 'costs', label: this.t('reporting.preview.totalCosts') },
    { key: 'share', label: this.t('reporting.preview.costShare') },
    { key: 'planned', label: this.t('reporting.preview.plannedBenefits') },
    { key: 'realised', label: this.t('reporting.preview.realisedBenefits') },
  ]);

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
