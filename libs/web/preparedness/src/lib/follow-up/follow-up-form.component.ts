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
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  CreateFollowUpActionGQL,
  type FollowUpActionFieldsFragment,
  PreparednessPeopleGQL,
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
import { switchMap } from 'rxjs';

import { evictExerciseLists } from '../exercises/exercise-form.component';
import { PreparednessPermissions } from '../shared/preparedness-permissions';
import type { Choice } from '../shared/region-data';
import {
  ACTION_TITLE_MAX_LENGTH,
  emptyFollowUpForm,
  FOLLOW_UP_FORM_FIELDS,
  followUpFieldOf,
  type FollowUpFormField,
  type FollowUpFormValues,
  followUpInput,
  OTHER_OWNER,
  OWNER_NAME_MAX_LENGTH,
  REGION_CHOICE,
  validateFollowUpForm,
} from './follow-up-form';

const FIELD_LABELS: Readonly<Record<FollowUpFormField, TranslationKey>> = {
  title: 'preparedness.followUp.title',
  municipality: 'preparedness.followUp.municipality',
  owner: 'preparedness.owner',
  ownerName: 'preparedness.followUpForm.ownerName',
  deadline: 'preparedness.followUp.deadline',
};

/**
 * Recording a follow-up action (after an exercise, when `exerciseId` is given): what, for which municipality (or the
 * region), who owns it (a person with a user, who then finds it under "Min oppfølging", or a name), and by when.
 */
@Component({
  selector: 'sb-follow-up-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  templateUrl: './follow-up-form.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class FollowUpFormComponent {
  readonly regionSlug = input.required<string>();
  readonly municipalities = input<readonly Choice[]>([]);
  readonly exerciseId = input<string | null>(null);
  readonly saved = output<FollowUpActionFieldsFragment>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly create = inject(CreateFollowUpActionGQL);
  private readonly peopleQuery = inject(PreparednessPeopleGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly permissions = inject(PreparednessPermissions);
  protected readonly t = this.i18n.t;
  protected readonly maxLength = { title: ACTION_TITLE_MAX_LENGTH, ownerName: OWNER_NAME_MAX_LENGTH };
  protected readonly other = OTHER_OWNER;
  protected readonly regionChoice = REGION_CHOICE;

  /** The municipalities the user records for: every one (and the region) for the secretariat, a director's own. */
  protected readonly allowed = computed<readonly Choice[]>(() => {
    const municipalities = this.municipalities();
    if (this.permissions.isSecretariat()) {
      return [{ value: REGION_CHOICE, label: this.t('preparedness.theRegion') }, ...municipalities];
    }
    return municipalities.filter((m) => this.permissions.mayRecordFor(m.value));
  });

  protected readonly values = linkedSignal<readonly Choice[], FollowUpFormValues>({
    source: this.allowed,
    // A director records for their own municipality: chosen for them once it is known.
    computation: (allowed, previous) => {
      const values = previous?.value ?? emptyFollowUpForm('');
      const only = allowed.length === 1 ? allowed[0]?.value : undefined;
      return values.municipality || !only ? values : { ...values, municipality: only };
    },
  });

  private readonly people = toSignal(
    toObservable(this.regionSlug).pipe(
      switchMap((regionSlug) => this.peopleQuery.watch({ variables: { regionSlug } }).valueChanges),
    ),
  );
  protected readonly owners = computed<readonly Choice[]>(() => {
    const result = this.people();
    const people = result?.dataState === 'complete' ? result.data.preparednessPeople : [];
    const names = new Map(this.municipalities().map((m) => [m.value, m.label]));
    return people.map((person) => {
      const municipality = person.municipalityNumber ? names.get(person.municipalityNumber) : undefined;
      return { value: person.userId, label: municipality ? `${person.name} (${municipality})` : person.name };
    });
  });

  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  private readonly serverErrors = signal<FieldErrors<FollowUpFormField>>({});
  private readonly refusalMessage = signal<string | undefined>(undefined);
  protected readonly refusal = computed<SaveFeedback | null>(() => {
    const message = this.refusalMessage();
    return message ? { kind: 'error', heading: this.t('preparedness.followUpForm.refused'), message } : null;
  });
  protected readonly errors = computed(() =>
    shownErrors(this.submitted(), this.serverErrors(), validateFollowUpForm(this.values()), (key) =>
      this.t(key),
    ),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      FOLLOW_UP_FORM_FIELDS,
      this.errors(),
      (field) => this.t(FIELD_LABELS[field]),
      (field) => `follow-up-${field}`,
    ),
  );

  constructor() {
    this.focusAfterRender('#follow-up-title');
  }

  protected onInput(field: keyof FollowUpFormValues, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;
    this.values.update((values) => ({ ...values, [field]: value }));
    if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.refusalMessage.set(undefined);
    const values = this.values();
    if (Object.keys(validateFollowUpForm(values)).length > 0) {
      this.focusAfterRender('#follow-up-errors');
      return;
    }
    this.saving.set(true);
    const outcome = await runMutation(
      this.create.mutate({
        variables: {
          input: { regionSlug: this.regionSlug(), exerciseId: this.exerciseId(), ...followUpInput(values) },
        },
        update: (cache) => {
          for (const fieldName of ['myFollowUpActions']) cache.evict({ id: 'ROOT_QUERY', fieldName });
          evictExerciseLists(cache);
        },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.saved.emit(outcome.data.createFollowUpAction);
      return;
    }
    const language = this.i18n.language();
    this.serverErrors.set(
      fieldMessages(outcome.error.fields, followUpFieldOf, (problem) => fieldErrorMessage(problem, language)),
    );
    this.refusalMessage.set(errorText(outcome.error, this.i18n));
    this.focusAfterRender('#follow-up-refusal');
  }
}
