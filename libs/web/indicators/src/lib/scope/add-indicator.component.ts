import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
  parseDecimal,
  REPORTING_FREQUENCIES,
} from '@samarbeid/shared/domain';
import { errorText, fieldErrorMessage, I18nService, runMutation } from '@samarbeid/web/data-access';
import { AddIndicatorGQL, MeasureBenefitTitlesGQL, type ReportingFrequency } from '@samarbeid/web/graphql';
import { map, of, switchMap } from 'rxjs';
import {
  fieldOptions,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
  lastSegmentIn,
} from '@samarbeid/web/ui';

import {
  emptyIndicatorForm,
  INDICATOR_FORM_FIELDS,
  type IndicatorFormField,
  type IndicatorFormValues,
  validateIndicatorForm,
} from './indicator-form';

const fieldOf = lastSegmentIn(INDICATOR_FORM_FIELDS);

/** Where the new indicator goes: a measure or a KPI set. */
export type IndicatorHome = { readonly measureId: string } | { readonly kpiSetId: string };

/**
 * "Ny indikator" on a measure (or one of its benefits) or a KPI set (those who manage it): name, unit, direction, how
 * often it is measured, baseline (year, value) and target (year, value).
 */
@Component({
  selector: 'sb-add-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <sb-field-form
      [form]="form"
      labelledBy="add-indicator-heading"
      cancellable
      (cancelled)="cancelled.emit()"
    >
      <h2 class="ds-heading" data-size="sm" id="add-indicator-heading">{{ t('indicatorForm.heading') }}</h2>
    </sb-field-form>
  `,
})
export class AddIndicatorComponent {
  readonly home = input.required<IndicatorHome>();
  readonly added = output<string>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly add = inject(AddIndicatorGQL);
  private readonly benefitTitles = inject(MeasureBenefitTitlesGQL);
  protected readonly t = this.i18n.t;

  /** A measure's benefits: the indicator may go on one of them instead. */
  private readonly benefits = toSignal(
    toObservable(this.home).pipe(
      switchMap((home) =>
        'measureId' in home
          ? this.benefitTitles
              .watch({ variables: { measureId: home.measureId } })
              .valueChanges.pipe(
                map((result) => (result.dataState === 'complete' ? result.data.benefitPlan.benefits : [])),
              )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );

  protected readonly form = injectFormState({
    initial: emptyIndicatorForm(),
    fields: INDICATOR_FORM_FIELDS,
    validate: validateIndicatorForm,
    translate: (key) => this.t(key),
    label: (field) => this.t(`indicatorForm.${field}`),
    id: 'add-indicator',
    feedbackId: 'add-indicator-refusal',
    rows: () =>
      fieldRows<IndicatorFormField>('add-indicator-', (field) => this.t(`indicatorForm.${field}`), [
        this.benefits().length > 0 && {
          key: 'target',
          kind: 'select',
          options: [
            { value: '', label: this.t('indicatorForm.onMeasure') },
            ...this.benefits().map((benefit) => ({
              value: benefit.id,
              label: this.t('indicatorForm.onBenefit', { title: benefit.title }),
            })),
          ],
        },
        { key: 'name', kind: 'text', required: true, maxLength: 300 },
        [
          { key: 'unit', kind: 'text', required: true, maxLength: 50, width: 'sm' },
          {
            key: 'direction',
            kind: 'select',
            options: fieldOptions(INDICATOR_DIRECTIONS, (direction) => this.t(`direction.${direction}`)),
          },
          {
            key: 'frequency',
            kind: 'select',
            options: fieldOptions(REPORTING_FREQUENCIES, (frequency) => this.t(`frequency.${frequency}`)),
          },
        ],
        [
          { key: 'baselineYear', kind: 'integer', required: true, width: 'xs' },
          { key: 'baselineValue', kind: 'decimal', required: true, width: 'sm' },
        ],
        [
          { key: 'targetYear', kind: 'integer', required: true, width: 'xs' },
          { key: 'targetValue', kind: 'decimal', required: true, width: 'sm' },
        ],
      ]),
    texts: () => ({
      submit: this.t('indicatorForm.submit'),
      busy: this.t('indicatorForm.busy'),
      errorHeading: this.t('indicatorForm.refused'),
      errorSummary: this.t('form.errorSummary'),
    }),
    save: (values) => this.send(values),
  });

  constructor() {
    this.form.focus('#add-indicator-name');
  }

  private async send(values: IndicatorFormValues): Promise<FormRefusal<IndicatorFormField> | undefined> {
    const outcome = await runMutation(
      this.add.mutate({
        variables: {
          input: {
            ...(values.target ? { benefitId: values.target } : this.home()),
            name: values.name.trim(),
            unit: values.unit.trim(),
            direction: values.direction as IndicatorDirection,
            frequency: values.frequency as ReportingFrequency,
            baselineYear: Number(values.baselineYear),
            baselineValue: parseDecimal(values.baselineValue) ?? values.baselineValue,
            targetYear: Number(values.targetYear),
            targetValue: parseDecimal(values.targetValue) ?? values.targetValue,
          },
        },
      }),
    );
    if (outcome.ok) {
      this.added.emit(outcome.data.addIndicator.id);
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
