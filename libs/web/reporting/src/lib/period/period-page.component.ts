import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  DownloadButtonComponent,
  errorText,
  fieldErrorMessage,
  I18nService,
  queryErrorText,
  runMutation,
} from '@samarbeid/web/data-access';
import {
  FreezeReportGQL,
  ReportingMunicipalitiesGQL,
  ReportingPeriodPageGQL,
  SendReportingRemindersGQL,
  UpdateReportingSummaryGQL,
} from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  DetailPageComponent,
  type DetailPageState,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
  injectSaveStatus,
  ListPageComponent,
  refusalOf,
} from '@samarbeid/web/ui';
import { EMPTY, map, switchMap } from 'rxjs';

import { ragColor, stateColor } from '../shared/report-view';

export const REPORTS_PAGE_SIZE = 100;

/**
 * `/rapportering/:id`: a period's facts, its board (per network, how far the reports have come) and its reports,
 * each leading to its form. The secretariat sends the reminders from here.
 */
@Component({
  selector: 'sb-reporting-period-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DataTableComponent,
    DetailPageComponent,
    DownloadButtonComponent,
    ListPageComponent,
    FORM_KIT,
  ],
  templateUrl: './period-page.component.html',
})
export class PeriodPageComponent {
  readonly id = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly query = inject(ReportingPeriodPageGQL);
  private readonly remindMutation = inject(SendReportingRemindersGQL);
  private readonly freezeMutation = inject(FreezeReportGQL);
  private readonly summaryMutation = inject(UpdateReportingSummaryGQL);
  private readonly municipalitiesQuery = inject(ReportingMunicipalitiesGQL);
  /** The version frozen last: its number, and its municipality's name on a variant. */
  protected readonly frozen = signal<{ number: number; name: string | null }>({ number: 0, name: null });
  protected readonly freezing = injectSaveStatus('period-freeze-feedback', () => {
    const { number, name } = this.frozen();
    return {
      errorHeading: this.t('reporting.compiled.refused'),
      notices: {
        frozen: name
          ? this.t('reporting.compiled.frozenFor', { number: String(number), name })
          : this.t('reporting.compiled.frozen', { number: String(number) }),
      },
    };
  });
  /** The report's variant the preview and freezing act on: '' for the region's, else a member's number. */
  protected readonly variant = signal('');
  protected readonly summaryForm = injectFormState({
    initial: { summary: '' },
    fields: ['summary'] as const,
    validate: () => ({}),
    translate: (key: string) => key,
    label: () => this.t('reporting.compiled.summary'),
    id: 'summary',
    feedbackId: 'summary-feedback',
    rows: () =>
      fieldRows<'summary'>('summary-', () => this.t('reporting.compiled.summary'), [
        { key: 'summary', kind: 'multiline', rows: 5, maxLength: 20_000 },
      ]),
    texts: () => ({
      submit: this.t('reporting.compiled.saveSummary'),
      busy: this.t('reporting.compiled.savingSummary'),
      errorHeading: this.t('reporting.compiled.refused'),
      errorSummary: this.t('form.errorSummary'),
      notices: { saved: this.t('reporting.compiled.summarySaved') },
    }),
    save: (values) => this.saveSummary(values.summary),
  });
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly onlyMine = signal(false);
  protected readonly loadingMore = signal(false);
  protected readonly reminded = signal(0);
  protected readonly remind = injectSaveStatus('period-remind-feedback', () => ({
    errorHeading: this.t('reporting.period.remind'),
    notices: { reminded: this.t('reporting.period.reminded', { count: String(this.reminded()) }) },
  }));

  private readonly ref = computed(() =>
    this.query.watch({
      variables: { id: this.id(), first: REPORTS_PAGE_SIZE, mine: this.onlyMine() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.ref).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed(() => {
    const result = this.result();
    const data = result?.dataState === 'complete' ? result.data : undefined;
    if (data) {
      const period = data.reportingPeriod;
      return {
        kind: 'ready' as const,
        period,
        facts: {
          kind: this.t(`reporting.kind.${period.kind}`),
          span: `${this.i18n.date(period.periodFrom)}–${this.i18n.date(period.periodTo)}`,
          due: this.i18n.date(period.dueDate),
          status: this.t(`reporting.periodStatus.${period.status}`),
          progress: this.t('reporting.progressOf', {
            submitted: String(period.submittedCount),
            total: String(period.reportCount),
          }),
        },
        board: data.reportingBoard,
        versions: data.frozenReports.map((version) => {
          const texts = {
            number: String(version.number),
            date: this.i18n.dateTime(version.frozenAt),
            by: version.frozenByName ?? '–',
            name: version.municipalityName ?? '',
          };
          const variant = version.municipalityName !== null;
          const file = `rapport${variant ? `-${version.municipalityNumber ?? ''}` : ''}-v${version.number}`;
          return {
            ...version,
            label: this.t(
              variant ? 'reporting.compiled.variantVersionLabel' : 'reporting.compiled.versionLabel',
              texts,
            ),
            word: this.t(variant ? 'reporting.compiled.wordFor' : 'reporting.compiled.word', texts),
            pdf: this.t(variant ? 'reporting.compiled.pdfFor' : 'reporting.compiled.pdf', texts),
            file,
          };
        }),
        reports: data.statusReports,
        rows: data.statusReports.nodes.map((report) => ({
          ...report,
          subject: report.measure
            ? `${report.measure.code} ${report.measure.title}`
            : this.t('reporting.period.actionPlan'),
          stateText: this.t(`reporting.state.${report.state}`),
          stateColor: stateColor(report.state),
          ragText: report.rag ? this.t(`reporting.rag.${report.rag}`) : '–',
          ragColor: ragColor(report.rag),
          progress: report.progressPercent === null ? '–' : `${report.progressPercent} %`,
        })),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });
  protected readonly page = computed<DetailPageState>(() => this.state());

  /** The region's members, each a variant of the report (once the period, and so its region, is known). */
  protected readonly municipalities = toSignal(
    toObservable(
      computed(() => {
        const state = this.state();
        return state.kind === 'ready' ? state.period.regionSlug : null;
      }),
    ).pipe(
      switchMap((slug) =>
        slug
          ? this.municipalitiesQuery
              .watch({ variables: { slug } })
              .valueChanges.pipe(
                map((result) =>
                  result.dataState === 'complete' ? result.data.region.municipalities.nodes : [],
                ),
              )
          : EMPTY,
      ),
    ),
    { initialValue: [] },
  );
  /** The chosen member's name, or null for the region's report. */
  protected readonly variantName = computed(
    () => this.municipalities().find((municipality) => municipality.number === this.variant())?.name ?? null,
  );

  protected readonly boardColumns = computed<readonly DataTableColumn[]>(() =>
    [
      { key: 'network', label: this.t('reporting.period.col.network') },
      { key: 'total', label: this.t('reporting.period.col.total') },
    ].concat(
      (['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const).map((state) => ({
        key: state,
        label: this.t(`reporting.state.${state}`),
      })),
    ),
  );

  protected readonly reportColumns = computed<readonly DataTableColumn[]>(() => [
    { key: 'subject', label: this.t('reporting.period.col.subject') },
    { key: 'network', label: this.t('reporting.period.col.network') },
    { key: 'state', label: this.t('reporting.period.col.state') },
    { key: 'rag', label: this.t('reporting.period.col.rag') },
    { key: 'progress', label: this.t('reporting.period.col.progress') },
  ]);

  protected toggleMine(event: Event): void {
    this.onlyMine.set((event.target as HTMLInputElement).checked);
  }

  protected async loadMore(): Promise<void> {
    const state = this.state();
    if (state.kind !== 'ready' || !state.reports.pageInfo.hasNextPage || this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      await this.ref().fetchMore({
        variables: { after: state.reports.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          statusReports: {
            ...fetchMoreResult.statusReports,
            nodes: [...previous.statusReports.nodes, ...fetchMoreResult.statusReports.nodes],
          },
        }),
      });
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected async sendReminders(regionSlug: string): Promise<void> {
    if (this.remind.saving()) return;
    const outcome = await this.remind.send(() =>
      runMutation(this.remindMutation.mutate({ variables: { regionSlug } })),
    );
    if (outcome.ok) {
      this.reminded.set(outcome.data.sendReportingReminders.reminded);
      this.remind.tell('reminded');
      return;
    }
    this.remind.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
  }

  constructor() {
    // The summary form starts from the stored summary, once it is there, and again when someone else changes it.
    // The period's own save also brings a new version into the cache (its answer is normalised into this query):
    // the form already holds that summary, and starting over would wipe the notice the save just told.
    let loaded: string | undefined;
    effect(() => {
      const state = this.state();
      if (state.kind !== 'ready') return;
      const key = `${state.period.id}:${state.period.version}`;
      if (loaded === key) return;
      const samePeriod = loaded?.startsWith(`${state.period.id}:`) ?? false;
      loaded = key;
      const shown = untracked(() => this.summaryForm.values().summary.trim());
      if (samePeriod && shown === state.period.summary) return;
      untracked(() => this.summaryForm.reset({ summary: state.period.summary }));
    });
  }

  private async saveSummary(summary: string): Promise<FormRefusal<'summary'> | undefined> {
    const state = this.state();
    if (state.kind !== 'ready') return undefined;
    const outcome = await runMutation(
      this.summaryMutation.mutate({
        variables: {
          input: {
            periodId: state.period.id,
            expectedVersion: state.period.version,
            summary: summary.trim(),
          },
        },
      }),
    );
    if (outcome.ok) {
      this.summaryForm.tell('saved');
      return undefined;
    }
    const language = this.i18n.language();
    return this.summaryForm.refusalFrom(outcome.error, errorText(outcome.error, this.i18n), (problem) =>
      fieldErrorMessage(problem, language),
    );
  }

  protected onVariant(event: Event): void {
    this.variant.set((event.target as HTMLSelectElement).value);
    this.freezing.clearFeedback();
  }

  protected async freeze(periodId: string): Promise<void> {
    if (this.freezing.saving()) return;
    const municipalityNumber = this.variant() || null;
    const outcome = await this.freezing.send(() =>
      runMutation(this.freezeMutation.mutate({ variables: { input: { periodId, municipalityNumber } } })),
    );
    if (outcome.ok) {
      const frozen = outcome.data.freezeReport;
      this.frozen.set({ number: frozen.number, name: frozen.municipalityName ?? null });
      await this.ref().refetch();
      this.freezing.tell('frozen');
      return;
    }
    this.freezing.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
  }

  protected retry(): void {
    this.ref()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the period again', error));
  }
}
