import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { REPORTING_PERIOD_KINDS, type ReportingPeriodKind } from '@samarbeid/shared/domain';
import { errorText, fieldErrorMessage, I18nService, runMutation } from '@samarbeid/web/data-access';
import { OpenReportingPeriodGQL, type ReportingPeriodFieldsFragment } from '@samarbeid/web/graphql';
import {
  fieldOptions,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
  lastSegmentIn,
} from '@samarbeid/web/ui';

import {
  emptyPeriodForm,
  PERIOD_FORM_FIELDS,
  PERIOD_NAME_MAX_LENGTH,
  type PeriodFormField,
  type PeriodFormValues,
  validatePeriodForm,
} from './period-form';

const fieldOf = lastSegmentIn(PERIOD_FORM_FIELDS);

/** Opening a reporting period (the secretariat): name, kind, first and last day, and the reports' due date. */
@Component({
  selector: 'sb-reporting-period-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <sb-field-form [form]="form" labelledBy="period-form-heading" cancellable (cancelled)="cancelled.emit()">
      <h2 class="ds-heading" data-size="sm" id="period-form-heading">{{ t('reporting.form.heading') }}</h2>
    </sb-field-form>
  `,
})
export class PeriodFormComponent {
  readonly regionSlug = input.required<string>();
  readonly opened = output<ReportingPeriodFieldsFragment>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly open = inject(OpenReportingPeriodGQL);
  protected readonly t = this.i18n.t;

  protected readonly form = injectFormState({
    initial: emptyPeriodForm(),
    fields: PERIOD_FORM_FIELDS,
    validate: validatePeriodForm,
    translate: (key) => this.t(key),
    label: (field) => this.t(`reporting.form.${field}`),
    id: 'period',
    feedbackId: 'period-refusal',
    rows: () =>
      fieldRows<PeriodFormField>('period-', (field) => this.t(`reporting.form.${field}`), [
        {
          key: 'name',
          kind: 'text',
          required: true,
          maxLength: PERIOD_NAME_MAX_LENGTH,
          hint: this.t('reporting.form.nameHint'),
        },
        {
          key: 'kind',
          kind: 'select',
          options: fieldOptions(REPORTING_PERIOD_KINDS, (kind) => this.t(`reporting.kind.${kind}`)),
        },
        [
          { key: 'periodFrom', kind: 'date', required: true },
          { key: 'periodTo', kind: 'date', required: true },
        ],
        { key: 'dueDate', kind: 'date', required: true },
      ]),
    texts: () => ({
      submit: this.t('reporting.form.submit'),
      busy: this.t('reporting.form.busy'),
      errorHeading: this.t('reporting.form.refused'),
      errorSummary: this.t('form.errorSummary'),
    }),
    save: (values) => this.send(values),
  });

  constructor() {
    this.form.focus('#period-name');
  }

  private async send(values: PeriodFormValues): Promise<FormRefusal<PeriodFormField> | undefined> {
    const outcome = await runMutation(
      this.open.mutate({
        variables: {
          input: {
            regionSlug: this.regionSlug(),
            name: values.name.trim(),
            kind: values.kind as ReportingPeriodKind,
            periodFrom: values.periodFrom,
            periodTo: values.periodTo,
            dueDate: values.dueDate,
          },
        },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'reportingPeriods' });
          cache.gc();
        },
      }),
    );
    if (outcome.ok) {
      this.opened.emit(outcome.data.openReportingPeriod);
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
}
