import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import {
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import { CreatePreparednessRoutineGQL, UpdatePreparednessRoutineGQL } from '@samarbeid/web/graphql';
import { fieldRows, FORM_KIT, type FormRefusal, injectFormState } from '@samarbeid/web/ui';

import { REGION_CHOICE } from '../follow-up/follow-up-form';
import { injectPeopleChoices, ownerRows } from '../shared/owner';
import { followEditedItem, injectRecordable } from '../shared/edit-form';
import type { Choice } from '../shared/region-data';
import { todayInNorway } from '../shared/region-year';
import {
  emptyRoutineForm,
  type Routine,
  ROUTINE_FORM_FIELDS,
  ROUTINE_TITLE_MAX_LENGTH,
  routineFieldOf,
  type RoutineFormField,
  routineFormOf,
  type RoutineFormValues,
  routineInput,
  validateRoutineForm,
} from './routine-form';

const LABELS: Readonly<Record<RoutineFormField, TranslationKey>> = {
  title: 'preparedness.routines.col.title',
  description: 'preparedness.followUp.description',
  municipality: 'preparedness.routines.col.appliesTo',
  owner: 'preparedness.owner',
  ownerName: 'preparedness.followUpForm.ownerName',
  interval: 'preparedness.routineForm.interval',
  lastReviewed: 'preparedness.routines.col.last',
};

/**
 * Registering a routine of the region or of a municipality (`routine` null), or changing one: what it is, its
 * owner, how many months between reviews and when it was last reviewed. Where it applies is fixed once registered.
 */
@Component({
  selector: 'sb-routine-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <sb-field-form [form]="form" labelledBy="routine-heading" cancellable (cancelled)="cancelled.emit()">
      <h3 class="ds-heading" data-size="xs" id="routine-heading">{{ heading() }}</h3>
    </sb-field-form>
  `,
})
export class RoutineFormComponent {
  readonly regionSlug = input.required<string>();
  readonly municipalities = input<readonly Choice[]>([]);
  /** The routine to change; null: a new one. */
  readonly routine = input<Routine | null>(null);
  /** Saved: the routine's title, and whether it was new. */
  readonly saved = output<{ readonly title: string; readonly created: boolean }>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly create = inject(CreatePreparednessRoutineGQL);
  private readonly update = inject(UpdatePreparednessRoutineGQL);
  protected readonly t = this.i18n.t;

  protected readonly heading = computed(() => {
    const routine = this.routine();
    return routine
      ? this.t('preparedness.routineForm.editHeading', { title: routine.title })
      : this.t('preparedness.routineForm.heading');
  });
  private readonly allowed = injectRecordable(this.municipalities);
  private readonly owners = injectPeopleChoices(this.regionSlug, this.municipalities);

  protected readonly form = injectFormState({
    initial: emptyRoutineForm(),
    fields: ROUTINE_FORM_FIELDS,
    validate: (values: RoutineFormValues) => validateRoutineForm(values, todayInNorway()),
    translate: (key) => this.t(key),
    label: (field) => this.t(LABELS[field]),
    id: 'routine',
    feedbackId: 'routine-refusal',
    rows: (values) =>
      fieldRows<RoutineFormField>('routine-', (field) => this.t(LABELS[field]), [
        { key: 'title', kind: 'text', required: true, maxLength: ROUTINE_TITLE_MAX_LENGTH },
        { key: 'description', kind: 'multiline', rows: 3 },
        !this.routine() && {
          key: 'municipality',
          kind: 'select',
          required: true,
          placeholder: this.t('preparedness.choose'),
          options: this.allowed(),
        },
        ...ownerRows<RoutineFormField>(values, this.owners(), this.t),
        [
          {
            key: 'interval',
            kind: 'integer',
            required: true,
            width: 'xs',
            hint: this.t('preparedness.routineForm.intervalHint'),
          },
          {
            key: 'lastReviewed',
            kind: 'date',
            hint: this.t('preparedness.routineForm.lastReviewedHint'),
          },
        ],
      ]),
    texts: () => ({
      submit: this.t(this.routine() ? 'preparedness.routineForm.save' : 'preparedness.routineForm.submit'),
      busy: this.t('preparedness.saving'),
      errorHeading: this.t('preparedness.routineForm.refused'),
      errorSummary: this.t('form.errorSummary'),
    }),
    save: (values) => this.send(values),
  });

  constructor() {
    followEditedItem(this.routine, this.form, routineFormOf, this.allowed);
    this.form.focus('#routine-title');
  }

  private async send(values: RoutineFormValues): Promise<FormRefusal<RoutineFormField> | undefined> {
    const routine = this.routine();
    const input = routineInput(values);
    const outcome = routine
      ? await runMutation(
          this.update.mutate({
            variables: { input: { id: routine.id, expectedVersion: routine.version, ...input } },
          }),
        )
      : await runMutation(
          this.create.mutate({
            variables: {
              input: {
                regionSlug: this.regionSlug(),
                municipalityNumber: values.municipality === REGION_CHOICE ? null : values.municipality,
                ...input,
              },
            },
            update: (cache) => {
              cache.evict({ id: 'ROOT_QUERY', fieldName: 'preparednessRoutines' });
              cache.gc();
            },
          }),
        );
    if (outcome.ok) {
      this.saved.emit({ title: input.title, created: !routine });
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(
      outcome.error,
      errorText(outcome.error, this.i18n),
      (problem) => fieldErrorMessage(problem, language),
      routineFieldOf,
    );
  }
}
