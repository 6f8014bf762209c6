import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  COLLABORATION_TIERS,
  LEGAL_FORM_LABELS,
  LEGAL_FORMS,
  MOBILISATION_LABELS,
  MOBILISATION_RATINGS,
  POLITICAL_ANCHORING_STATES,
} from '@samarbeid/shared/domain';
import {
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { UpdateMeasureGQL } from '@samarbeid/web/graphql';
import { fieldOptions, fieldRows, FORM_KIT, type FormRefusal, injectFormState } from '@samarbeid/web/ui';

import { labelOf, serviceAreaLabel, statusLabel, tierLabel } from '../../shared/labels';
import { MobilisationTagComponent } from '../../shared/mobilisation-tag.component';
import { type MeasureDetail, MeasureDetailContext } from '../measure-detail-context';
import {
  EMPTY_MEASURE_FORM,
  formValuesOf,
  MEASURE_FORM_FIELDS,
  measureChanges,
  type MeasureFormField,
  type MeasureFormValues,
  TITLE_MAX_LENGTH,
  validateMeasureForm,
} from './measure-form';

const FIELD_LABELS: Readonly<Record<MeasureFormField, TranslationKey>> = {
  title: 'measure.field.title',
  description: 'measure.field.description',
  tier: 'measure.field.tier',
  legalForm: 'measure.field.legalForm',
  mobilisation: 'measure.field.mobilisation',
  politicalAnchoring: 'measure.field.politicalAnchoring',
  startDate: 'measure.field.startDate',
  endDate: 'measure.field.endDate',
  progressPercent: 'measure.field.progress',
};

/** The overview tab: every field of the measure, and an edit form for those who may change it. */
@Component({
  selector: 'sb-measure-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MobilisationTagComponent, FORM_KIT],
  templateUrl: './measure-overview.component.html',
  styleUrl: './measure-overview.component.css',
})
export class MeasureOverviewComponent {
  readonly measure = input.required<MeasureDetail>();
  readonly canEdit = input(false);

  private readonly i18n = inject(I18nService);
  private readonly update = inject(UpdateMeasureGQL);
  private readonly context = inject(MeasureDetailContext);

  protected readonly t = this.i18n.t;
  protected readonly language = this.i18n.language;

  protected readonly editing = signal(false);
  protected readonly form = injectFormState({
    initial: EMPTY_MEASURE_FORM,
    fields: MEASURE_FORM_FIELDS,
    validate: validateMeasureForm,
    translate: this.t,
    label: (field) => this.t(FIELD_LABELS[field]),
    id: 'measure-edit',
    rows: (values) => this.fields(values),
    texts: () => ({
      submit: this.t('measureForm.save'),
      busy: this.t('measureForm.saving'),
      notices: {
        saved: this.t('measureForm.saved'),
        unchanged: this.t('measureForm.unchanged'),
        reloaded: this.t('measureForm.reloaded'),
      },
      conflictHeading: this.t('measureForm.conflictHeading'),
      reload: this.t('measureForm.reload'),
      errorHeading: this.t('measureForm.errorHeading'),
    }),
    save: (values) => this.save(values),
  });
  /** The version the user started editing from: sent with the save, so a change in between is a conflict. */
  private baseVersion = 0;

  /** The read-only view of the measure's fields. */
  protected readonly details = computed(() => {
    const measure = this.measure();
    const language = this.language();
    return {
      serviceArea: serviceAreaLabel(measure.serviceArea, language),
      tier: tierLabel(measure.tier, language),
      legalForm: measure.legalForm ? labelOf(LEGAL_FORM_LABELS, measure.legalForm, language) : undefined,
      status: statusLabel(measure.status, language),
      anchoring: this.t(`anchoring.${measure.politicalAnchoring}` as TranslationKey),
      startDate: measure.startDate ? this.i18n.date(measure.startDate) : this.t('measure.notSet'),
      endDate: measure.endDate ? this.i18n.date(measure.endDate) : this.t('measure.notSet'),
      progress:
        measure.progress === null
          ? this.t('measure.notSet')
          : this.t('measure.percent', { value: measure.progress }),
    };
  });

  protected startEditing(): void {
    this.resetForm();
    this.editing.set(true);
    this.form.focus('#measure-edit-title');
  }

  protected cancel(): void {
    this.editing.set(false);
    this.form.clearFeedback();
    this.form.focus('#measure-edit-start');
  }

  private async save(values: MeasureFormValues): Promise<FormRefusal<MeasureFormField> | undefined> {
    const measure = this.measure();
    const changes = measureChanges(measure, values);
    if (Object.keys(changes).length === 0) {
      this.finish('unchanged');
      return undefined;
    }
    const outcome = await runMutation(
      this.update.mutate({ variables: { input: { id: measure.id, version: this.baseVersion, ...changes } } }),
    );
    if (outcome.ok) {
      this.finish('saved');
      return undefined;
    }
    const language = this.language();
    const message = errorText(outcome.error, this.i18n);
    return outcome.error.code === 'CONFLICT'
      ? { message, conflict: true }
      : this.form.refusalFrom(outcome.error, message, (problem) => fieldErrorMessage(problem, language));
  }

  /** After a conflict: fetch the measure again and start over from what is saved now. */
  protected async reload(): Promise<void> {
    await this.context.reload();
    this.resetForm();
    this.form.tell('reloaded');
  }

  /** The edit form's fields; the legal form only for a statutory measure. */
  private fields(values: MeasureFormValues) {
    const language = this.language();
    return fieldRows<MeasureFormField>('measure-edit-', (field) => this.t(FIELD_LABELS[field]), [
      { key: 'title', kind: 'text', required: true, maxLength: TITLE_MAX_LENGTH },
      { key: 'description', kind: 'multiline', rows: 6 },
      {
        key: 'tier',
        kind: 'select',
        options: fieldOptions(COLLABORATION_TIERS, (tier) => tierLabel(tier, language)),
      },
      values.tier === 'STATUTORY' && {
        key: 'legalForm',
        kind: 'select',
        hint: this.t('measureForm.legalFormHint'),
        required: true,
        placeholder: this.t('measureForm.choose'),
        options: fieldOptions(LEGAL_FORMS, (form) => labelOf(LEGAL_FORM_LABELS, form, language)),
      },
      {
        key: 'mobilisation',
        kind: 'select',
        placeholder: this.t('mobilisation.none'),
        options: fieldOptions(MOBILISATION_RATINGS, (rating) =>
          labelOf(MOBILISATION_LABELS, rating, language),
        ),
      },
      {
        key: 'politicalAnchoring',
        kind: 'select',
        options: fieldOptions(POLITICAL_ANCHORING_STATES, (state) => this.t(`anchoring.${state}`)),
      },
      [
        { key: 'startDate', kind: 'date' },
        { key: 'endDate', kind: 'date' },
      ],
      {
        key: 'progressPercent',
        kind: 'integer',
        label: this.t('measureForm.progressLabel'),
        hint: this.t('measureForm.progressHint'),
        width: 'xs',
      },
    ]);
  }

  private finish(notice: 'saved' | 'unchanged'): void {
    this.editing.set(false);
    this.form.tell(notice);
  }

  private resetForm(): void {
    const measure = this.measure();
    this.baseVersion = measure.version;
    this.form.reset(formValuesOf(measure));
  }
}
