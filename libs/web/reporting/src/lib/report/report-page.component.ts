import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { REPORT_RAGS, type ReportRag } from '@samarbeid/shared/domain';
import {
  errorText,
  fieldErrorMessage,
  formatKroner,
  I18nService,
  queryErrorText,
  runMutation,
} from '@samarbeid/web/data-access';
import {
  ApproveStatusReportGQL,
  ReturnStatusReportGQL,
  SaveStatusReportGQL,
  type StatusReportFieldsFragment,
  StatusReportGQL,
} from '@samarbeid/web/graphql';
import {
  type DetailItem,
  DetailPageComponent,
  type DetailPageState,
  DetailsListComponent,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
  injectSaveStatus,
  lastSegmentIn,
  refusalOf,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { ragColor, stateColor } from '../shared/report-view';
import {
  REPORT_FORM_FIELDS,
  REPORT_TEXT_MAX_LENGTH,
  type ReportFormField,
  type ReportFormValues,
  reportFormOf,
  validateReportForm,
} from './report-form';

const fieldOf = lastSegmentIn(REPORT_FORM_FIELDS);

/**
 * `/rapportering/:periodId/rapport/:id`: one status report. Its owner writes it (status with what each colour means,
 * progress, what was done, deviations, next steps, risks) and saves a draft or submits; the figures come from the
 * economics. The secretariat approves a submitted report or returns it with a comment.
 */
@Component({
  selector: 'sb-status-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DetailPageComponent, DetailsListComponent, FORM_KIT],
  templateUrl: './report-page.component.html',
})
export class ReportPageComponent {
  readonly periodId = input.required<string>();
  readonly reportId = input.required<string>();

  private readonly i18n = inject(I18nService);
  private readonly query = inject(StatusReportGQL);
  private readonly saveMutation = inject(SaveStatusReportGQL);
  private readonly approveMutation = inject(ApproveStatusReportGQL);
  private readonly returnMutation = inject(ReturnStatusReportGQL);
  protected readonly t = this.i18n.t;

  private readonly result = toSignal(
    toObservable(this.reportId).pipe(
      switchMap(
        (id) => this.query.watch({ variables: { id }, fetchPolicy: 'cache-and-network' }).valueChanges,
      ),
    ),
  );
  protected readonly report = computed<StatusReportFieldsFragment | undefined>(() => {
    const result = this.result();
    return result?.dataState === 'complete' ? result.data.statusReport : undefined;
  });

  protected readonly page = computed<DetailPageState>(() => {
    const result = this.result();
    if (this.report()) return { kind: 'ready' };
    if (result?.error && !result.loading)
      return { kind: 'error', message: queryErrorText(result.error, this.i18n) };
    return { kind: 'loading' };
  });

  protected readonly view = computed(() => {
    const report = this.report();
    if (!report) return undefined;
    const subject = report.measure
      ? `${report.measure.code} ${report.measure.title}`
      : `${this.t('reporting.period.actionPlan')} – ${report.networkName}`;
    const facts: DetailItem[] = [
      { term: this.t('reporting.report.network'), description: report.networkName },
      { term: this.t('reporting.report.period'), description: report.periodName },
      { term: this.t('reporting.report.due'), description: this.i18n.date(report.dueDate) },
      ...(report.assigneeName
        ? [{ term: this.t('reporting.report.assignee'), description: report.assigneeName }]
        : []),
      ...(report.measure
        ? [
            {
              term: this.t('reporting.report.realised'),
              description: formatKroner(report.realisedBenefitsNok ?? '0'),
            },
            { term: this.t('reporting.report.costs'), description: formatKroner(report.costsNok ?? '0') },
          ]
        : []),
      ...(report.submittedByName
        ? [{ term: this.t('reporting.report.submittedBy'), description: report.submittedByName }]
        : []),
    ];
    const nothing = this.t('reporting.report.nothing');
    const written: DetailItem[] = [
      {
        term: this.t('reporting.report.rag'),
        description: report.rag
          ? `${this.t(`reporting.rag.${report.rag}`)}: ${this.t(`reporting.ragMeaning.${report.rag}`)}`
          : nothing,
      },
      {
        term: this.t('reporting.report.progress'),
        description: report.progressPercent === null ? nothing : `${report.progressPercent} %`,
      },
      ...(['done', 'deviations', 'nextSteps', 'risks'] as const).map((key) => ({
        term: this.t(`reporting.report.${key}`),
        description: report[key] || nothing,
        wide: true,
        text: true,
      })),
    ];
    const editable =
      report.viewerCanWrite &&
      (report.state === 'NOT_STARTED' || report.state === 'DRAFT' || report.state === 'RETURNED');
    return {
      report,
      subject,
      facts,
      written,
      editable,
      reviewable: report.viewerCanReview && report.state === 'SUBMITTED',
      stateText: this.t(`reporting.state.${report.state}`),
      stateColor: stateColor(report.state),
      ragColor: ragColor(report.rag),
    };
  });

  protected readonly form = injectFormState({
    initial: reportFormOf({
      rag: null,
      progressPercent: null,
      done: '',
      deviations: '',
      nextSteps: '',
      risks: '',
    }),
    fields: REPORT_FORM_FIELDS,
    validate: validateReportForm,
    translate: (key) => this.t(key),
    label: (field) => this.t(`reporting.report.${field}`),
    id: 'report',
    feedbackId: 'report-feedback',
    rows: () =>
      fieldRows<ReportFormField>('report-', (field) => this.t(`reporting.report.${field}`), [
        {
          key: 'rag',
          kind: 'choice',
          options: REPORT_RAGS.map((rag: ReportRag) => ({
            value: rag,
            label: `${this.t(`reporting.rag.${rag}`)} – ${this.t(`reporting.ragMeaning.${rag}`)}`,
          })),
        },
        { key: 'progressPercent', kind: 'integer', width: 'xs', maxLength: 3 },
        { key: 'done', kind: 'multiline', rows: 4, maxLength: REPORT_TEXT_MAX_LENGTH },
        { key: 'deviations', kind: 'multiline', rows: 3, maxLength: REPORT_TEXT_MAX_LENGTH },
        { key: 'nextSteps', kind: 'multiline', rows: 3, maxLength: REPORT_TEXT_MAX_LENGTH },
        { key: 'risks', kind: 'multiline', rows: 3, maxLength: REPORT_TEXT_MAX_LENGTH },
        {
          key: 'action',
          kind: 'choice',
          options: [
            { value: 'draft', label: this.t('reporting.report.action.draft') },
            { value: 'submit', label: this.t('reporting.report.action.submit') },
          ],
        },
      ]),
    texts: () => ({
      submit: this.t('reporting.report.save'),
      busy: this.t('reporting.report.saving'),
      errorHeading: this.t('reporting.report.refused'),
      errorSummary: this.t('form.errorSummary'),
      notices: { saved: this.t('reporting.report.saved') },
    }),
    save: (values) => this.save(values),
  });

  protected readonly returnForm = injectFormState({
    initial: { comment: '' },
    fields: ['comment'] as const,
    validate: (values: { comment: string }) =>
      values.comment.trim() ? {} : { comment: 'reporting.report.error.comment' as const },
    translate: (key) => this.t(key),
    label: () => this.t('reporting.report.comment'),
    id: 'return',
    feedbackId: 'return-feedback',
    rows: () =>
      fieldRows<'comment'>('return-', () => this.t('reporting.report.comment'), [
        {
          key: 'comment',
          kind: 'multiline',
          rows: 3,
          required: true,
          maxLength: 4000,
          hint: this.t('reporting.report.commentHint'),
        },
      ]),
    texts: () => ({
      submit: this.t('reporting.report.return'),
      busy: this.t('reporting.report.returning'),
      errorHeading: this.t('reporting.report.refused'),
      errorSummary: this.t('form.errorSummary'),
    }),
    save: (values) => this.sendBack(values.comment),
  });

  protected readonly review = injectSaveStatus('review-feedback', () => ({
    errorHeading: this.t('reporting.report.refused'),
    notices: {
      approved: this.t('reporting.report.approved'),
      returned: this.t('reporting.report.returnedNotice'),
    },
  }));

  constructor() {
    // The form starts from the report as stored, once it is there (and again for another report).
    let loaded: string | undefined;
    effect(() => {
      const report = this.report();
      if (!report || loaded === `${report.id}:${report.version}`) return;
      loaded = `${report.id}:${report.version}`;
      this.form.reset(reportFormOf(report));
    });
  }

  private async save(values: ReportFormValues): Promise<FormRefusal<ReportFormField> | undefined> {
    const report = this.report();
    if (!report) return undefined;
    const progress = values.progressPercent.trim();
    const outcome = await runMutation(
      this.saveMutation.mutate({
        variables: {
          input: {
            id: report.id,
            expectedVersion: report.version,
            rag: values.rag ? (values.rag as ReportRag) : null,
            progressPercent: progress === '' ? null : Number(progress),
            done: values.done.trim(),
            deviations: values.deviations.trim(),
            nextSteps: values.nextSteps.trim(),
            risks: values.risks.trim(),
            submit: values.action === 'submit',
          },
        },
        update: (cache) => this.evictLists(cache),
      }),
    );
    if (outcome.ok) {
      this.form.tell('saved');
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(
      outcome.error,
      errorText(outcome.error, this.i18n),
      (problem) => fieldErrorMessage(problem, language),
      fieldOf,
    );
  }

  protected async approve(): Promise<void> {
    const report = this.report();
    if (!report || this.review.saving()) return;
    const outcome = await this.review.send(() =>
      runMutation(
        this.approveMutation.mutate({
          variables: { input: { id: report.id, expectedVersion: report.version } },
          update: (cache) => this.evictLists(cache),
        }),
      ),
    );
    if (outcome.ok) this.review.tell('approved');
    else this.review.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
  }

  private async sendBack(comment: string): Promise<FormRefusal<'comment'> | undefined> {
    const report = this.report();
    if (!report) return undefined;
    const outcome = await runMutation(
      this.returnMutation.mutate({
        variables: { input: { id: report.id, expectedVersion: report.version, comment: comment.trim() } },
        update: (cache) => this.evictLists(cache),
      }),
    );
    if (outcome.ok) {
      this.returnForm.reset({ comment: '' });
      this.review.tell('returned');
      return undefined;
    }
    const language = this.i18n.language();
    return this.returnForm.refusalFrom(outcome.error, errorText(outcome.error, this.i18n), (problem) =>
      fieldErrorMessage(problem, language),
    );
  }

  /** The period's page and list fetch their counts and rows again when next shown. */
  private evictLists(cache: {
    evict(options: { id: string; fieldName: string }): boolean;
    gc(): string[];
  }): void {
    for (const fieldName of ['reportingBoard', 'statusReports', 'reportingPeriods', 'reportingPeriod']) {
      cache.evict({ id: 'ROOT_QUERY', fieldName });
    }
    cache.gc();
  }
}
