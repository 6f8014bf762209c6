import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
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
  type ApiError,
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { UpdateMeasureGQL } from '@samarbeid/web/graphql';
import {
  type FieldErrors,
  fieldMessages,
  fieldProblems,
  FORM_KIT,
  injectFocusAfterRender,
  refusalFeedback,
  type SaveFeedback,
  shownErrors,
} from '@samarbeid/web/ui';
import { map } from 'rxjs';

import { labelOf, serviceAreaLabel, statusLabel, tierLabel } from '../../shared/labels';
import { MobilisationTagComponent } from '../../shared/mobilisation-tag.component';
import { type MeasureDetail, MeasureDetailContext } from '../measure-detail-context';
import {
  DESCRIPTION_MAX_LENGTH,
  formFieldOf,
  formValuesOf,
  MEASURE_FORM_FIELDS,
  measureChanges,
  type MeasureFormField,
  EMPTY_MEASURE_FORM,
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

type Feedback =
  | { readonly kind: 'saved' | 'unchanged' | 'reloaded' }
  | { readonly kind: 'conflict' | 'error'; readonly message: string };

/** The overview tab: every field of the measure, and an edit form for those who may change it. */
@Component({
  selector: 'sb-measure-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MobilisationTagComponent, FORM_KIT],
  templateUrl: './measure-overview.component.html',
  styleUrl: './measure-overview.component.css',
})
export class MeasureOverviewComponent {
  readonly measure = input.required<MeasureDetail>();
  readonly canEdit = input(false);

  private readonly i18n = inject(I18nService);
  private readonly update = inject(UpdateMeasureGQL);
  private readonly context = inject(MeasureDetailContext);
  private readonly focusAfterRender = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  protected readonly language = this.i18n.language;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly titleMaxLength = TITLE_MAX_LENGTH;
  protected readonly descriptionMaxLength = DESCRIPTION_MAX_LENGTH;

  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly feedback = signal<Feedback | undefined>(undefined);
  protected readonly saveFeedback = computed<SaveFeedback | null>(() => {
    const feedback = this.feedback();
    if (!feedback) return null;
    switch (feedback.kind) {
      case 'saved':
        return { kind: 'saved', text: this.t('measureForm.saved') };
      case 'unchanged':
        return { kind: 'info', text: this.t('measureForm.unchanged') };
      case 'reloaded':
        return { kind: 'info', text: this.t('measureForm.reloaded') };
      default:
        return refusalFeedback(feedback, {
          conflictHeading: this.t('measureForm.conflictHeading'),
          reload: this.t('measureForm.reload'),
          errorHeading: this.t('measureForm.errorHeading'),
        });
    }
  });
  /** Problems the server named per field, until the user changes something. */
  private readonly serverErrors = signal<FieldErrors<MeasureFormField>>({});
  /** The version the user started editing from: sent with the save, so a change in between is a conflict. */
  private baseVersion = 0;

  protected readonly form = inject(NonNullableFormBuilder).group({ ...EMPTY_MEASURE_FORM });
  private readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly statutory = computed(() => this.values().tier === 'STATUTORY');

  /** Each field's problem as a sentence, shown once the user has tried to save. */
  protected readonly errors = computed(() =>
    shownErrors(this.submitted(), this.serverErrors(), validateMeasureForm(this.values()), this.t),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      MEASURE_FORM_FIELDS,
      this.errors(),
      (field) => this.t(FIELD_LABELS[field]),
      (field) => `measure-edit-${field}`,
    ),
  );

  protected readonly options = computed(() => {
    const language = this.language();
    return {
      tier: COLLABORATION_TIERS.map((value) => ({ value, label: tierLabel(value, language) })),
      legalForm: LEGAL_FORMS.map((value) => ({ value, label: labelOf(LEGAL_FORM_LABELS, value, language) })),
      mobilisation: MOBILISATION_RATINGS.map((value) => ({
        value,
        label: labelOf(MOBILISATION_LABELS, value, language),
      })),
      politicalAnchoring: POLITICAL_ANCHORING_STATES.map((value) => ({
        value,
        label: this.t(`anchoring.${value}` as TranslationKey),
      })),
    };
  });

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

  constructor() {
    this.form.valueChanges.subscribe(() => {
      if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
    });
  }

  protected startEditing(): void {
    this.resetForm();
    this.feedback.set(undefined);
    this.editing.set(true);
    this.focusAfterRender('#measure-edit-title');
  }

  protected cancel(): void {
    this.editing.set(false);
    this.feedback.set(undefined);
    this.focusAfterRender('#measure-edit-start');
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.feedback.set(undefined);
    const values = this.form.getRawValue();
    if (Object.keys(validateMeasureForm(values)).length > 0) {
      this.focusAfterRender('#measure-edit-errors');
      return;
    }
    const measure = this.measure();
    const changes = measureChanges(measure, values);
    if (Object.keys(changes).length === 0) {
      this.finish({ kind: 'unchanged' });
      return;
    }
    this.saving.set(true);
    const outcome = await runMutation(
      this.update.mutate({ variables: { input: { id: measure.id, version: this.baseVersion, ...changes } } }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.finish({ kind: 'saved' });
    } else {
      this.showRefusal(outcome.error);
    }
  }

  /** After a conflict: fetch the measure again and start over from what is saved now. */
  protected async reload(): Promise<void> {
    await this.context.reload();
    this.resetForm();
    this.feedback.set({ kind: 'reloaded' });
    this.focusAfterRender('#measure-edit-feedback');
  }

  private showRefusal(error: ApiError): void {
    const message = errorText(error, this.i18n);
    if (error.code === 'CONFLICT') {
      this.feedback.set({ kind: 'conflict', message });
    } else {
      const language = this.i18n.language();
      this.serverErrors.set(
        fieldMessages(error.fields, formFieldOf, (problem) => fieldErrorMessage(problem, language)),
      );
      this.feedback.set({ kind: 'error', message });
    }
    this.focusAfterRender('#measure-edit-feedback');
  }

  private finish(feedback: Feedback): void {
    this.editing.set(false);
    this.submitted.set(false);
    this.feedback.set(feedback);
    this.focusAfterRender('#measure-edit-feedback');
  }

  private resetForm(): void {
    const measure = this.measure();
    this.baseVersion = measure.version;
    this.submitted.set(false);
    this.serverErrors.set({});
    this.form.reset(formValuesOf(measure));
  }
}
