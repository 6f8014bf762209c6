import type { ApolloCache } from '@apollo/client';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { EXERCISE_KINDS, OUTSIDE_ACTORS } from '@samarbeid/shared/domain';
import {
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  CreateExerciseGQL,
  type ExerciseFieldsFragment,
  type ExerciseScope,
  type ExerciseStatus,
  type OutsideActor,
  UpdateExerciseGQL,
} from '@samarbeid/web/graphql';
import {
  type FieldErrors,
  fieldMessages,
  fieldProblems,
  FORM_KIT,
  injectFocusAfterRender,
  type SaveFeedback,
  shownErrors,
} from '@samarbeid/web/ui';

import { PreparednessPermissions } from '../shared/preparedness-permissions';
import type { Choice } from '../shared/region-data';
import { todayInNorway } from '../shared/region-year';
import {
  emptyExerciseForm,
  EXERCISE_FORM_FIELDS,
  EXERCISE_TEXT_MAX_LENGTH,
  EXERCISE_TITLE_MAX_LENGTH,
  exerciseFieldOf,
  type ExerciseFormField,
  exerciseFormOf,
  type ExerciseFormValues,
  OTHER_ACTORS_MAX_LENGTH,
  participantsOf,
  validateExerciseForm,
} from './exercise-form';

/** Lists and the yearly check are fetched again when next shown. */
export function evictExerciseLists(cache: ApolloCache): void {
  for (const fieldName of ['exercises', 'preparednessYearlyCheck', 'followUpActions']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}

const FIELD_LABELS: Readonly<Record<ExerciseFormField, TranslationKey>> = {
  title: 'preparedness.exercise.title',
  organiser: 'preparedness.exercise.organiser',
  heldOn: 'preparedness.exercise.date',
  status: 'preparedness.exercise.status',
  kind: 'preparedness.exercise.kind',
  participants: 'preparedness.exercise.participants',
  scenario: 'preparedness.exercise.scenario',
};

type TextField =
  'title' | 'heldOn' | 'scenario' | 'otherActors' | 'wentWell' | 'wentBadly' | 'lessonsLearned';

/**
 * Registering an exercise, or changing one (with its evaluation): what, when, what kind, the regional one or a
 * municipality's own, who takes part (municipalities and outside actors), what worked, what did not, and the lessons
 * learned. A director registers their own municipality's exercises; the secretariat also the regional one.
 */
@Component({
  selector: 'sb-exercise-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './exercise-form.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class ExerciseFormComponent {
  readonly regionSlug = input.required<string>();
  readonly municipalities = input<readonly Choice[]>([]);
  /** The exercise to change; none: a new one. */
  readonly exercise = input<ExerciseFieldsFragment | null>(null);
  readonly saved = output<ExerciseFieldsFragment>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly create = inject(CreateExerciseGQL);
  private readonly update = inject(UpdateExerciseGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly permissions = inject(PreparednessPermissions);
  protected readonly t = this.i18n.t;
  protected readonly maxLength = {
    title: EXERCISE_TITLE_MAX_LENGTH,
    text: EXERCISE_TEXT_MAX_LENGTH,
    otherActors: OTHER_ACTORS_MAX_LENGTH,
  };

  protected readonly values = linkedSignal<ExerciseFieldsFragment | null, ExerciseFormValues>({
    source: this.exercise,
    computation: (exercise) =>
      exercise
        ? exerciseFormOf(exercise)
        : emptyExerciseForm(this.permissions.isSecretariat() ? undefined : this.permissions.directorOf()),
  });
  protected readonly editing = computed(() => this.exercise() !== null);
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  private readonly serverErrors = signal<FieldErrors<ExerciseFormField>>({});
  private readonly refusalMessage = signal<string | undefined>(undefined);
  protected readonly refusal = computed<SaveFeedback | null>(() => {
    const message = this.refusalMessage();
    return message ? { kind: 'error', heading: this.t('preparedness.exerciseForm.refused'), message } : null;
  });

  protected readonly kinds = computed(() =>
    EXERCISE_KINDS.map((value) => ({ value, label: this.t(`preparedness.kind.${value}`) })),
  );
  protected readonly actors = computed(() =>
    OUTSIDE_ACTORS.map((value) => ({ value, label: this.t(`preparedness.actor.${value}`) })),
  );
  /** The organiser's name, when a director registers for their own municipality (they cannot choose another). */
  protected readonly fixedOrganiser = computed(() => {
    if (this.editing() || this.permissions.isSecretariat()) return null;
    const number = this.values().organiser;
    return this.municipalities().find((m) => m.value === number)?.label ?? number;
  });
  protected readonly participants = computed(() => new Set(participantsOf(this.values())));

  protected readonly errors = computed(() =>
    shownErrors(
      this.submitted(),
      this.serverErrors(),
      validateExerciseForm(this.values(), todayInNorway()),
      (key) => this.t(key),
    ),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      EXERCISE_FORM_FIELDS,
      this.errors(),
      (field) => this.t(FIELD_LABELS[field]),
      (field) => this.fieldId(field),
    ),
  );

  constructor() {
    this.focusAfterRender('#exercise-title');
  }

  /** The id a problem's link leads to: a group's first box. */
  protected fieldId(field: ExerciseFormField): string {
    if (field === 'participants') {
      const first = this.municipalities()[0]?.value;
      return first ? `exercise-participant-${first}` : 'exercise-participants';
    }
    return `exercise-${field}`;
  }

  protected onText(field: TextField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.change({ [field]: value });
  }

  protected onScope(event: Event): void {
    const scope = (event.target as HTMLSelectElement).value as ExerciseScope;
    this.change({ scope, organiser: scope === 'REGIONAL' ? '' : this.values().organiser });
  }

  protected onSelect(field: 'organiser' | 'kind' | 'status', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (field === 'status') this.change({ status: value as ExerciseStatus });
    else if (field === 'kind') this.change({ kind: value as ExerciseFormValues['kind'] });
    else this.change({ organiser: value });
  }

  protected onParticipant(number: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = new Set(this.values().participants);
    if (checked) current.add(number);
    else current.delete(number);
    this.change({ participants: [...current] });
  }

  protected onActor(actor: OutsideActor, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = new Set(this.values().outsideActors);
    if (checked) current.add(actor);
    else current.delete(actor);
    this.change({ outsideActors: OUTSIDE_ACTORS.filter((value) => current.has(value)) });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.refusalMessage.set(undefined);
    const values = this.values();
    if (Object.keys(validateExerciseForm(values, todayInNorway())).length > 0) {
      this.focusAfterRender('#exercise-errors');
      return;
    }
    this.saving.set(true);
    const content = {
      title: values.title.trim(),
      heldOn: values.heldOn,
      kind: values.kind || 'TABLE_TOP',
      status: values.status,
      participantNumbers: participantsOf(values),
      scenario: values.scenario.trim(),
      outsideActors: [...values.outsideActors],
      otherActors: values.otherActors.trim() || null,
      wentWell: values.wentWell.trim() || null,
      wentBadly: values.wentBadly.trim() || null,
      lessonsLearned: values.lessonsLearned.trim() || null,
    };
    const exercise = this.exercise();
    const evict = { update: evictExerciseLists };
    const outcome = exercise
      ? await runMutation(
          this.update.mutate({
            variables: { input: { id: exercise.id, expectedVersion: exercise.version, ...content } },
            ...evict,
          }),
        ).then((result) => (result.ok ? { ok: true as const, data: result.data.updateExercise } : result))
      : await runMutation(
          this.create.mutate({
            variables: {
              input: {
                regionSlug: this.regionSlug(),
                scope: values.scope,
                organiserMunicipalityNumber: values.scope === 'MUNICIPAL' ? values.organiser : null,
                ...content,
              },
            },
            ...evict,
          }),
        ).then((result) => (result.ok ? { ok: true as const, data: result.data.createExercise } : result));
    this.saving.set(false);
    if (outcome.ok) {
      this.saved.emit(outcome.data);
      return;
    }
    const language = this.i18n.language();
    this.serverErrors.set(
      fieldMessages(outcome.error.fields, exerciseFieldOf, (problem) => fieldErrorMessage(problem, language)),
    );
    this.refusalMessage.set(errorText(outcome.error, this.i18n));
    this.focusAfterRender('#exercise-refusal');
  }

  private change(changes: Partial<ExerciseFormValues>): void {
    this.values.update((values) => ({ ...values, ...changes }));
    if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
  }
}
