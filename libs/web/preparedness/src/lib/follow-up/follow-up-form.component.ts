import {
  ChangeDetectionStrategy,
  Component,
  computed,
  HostAttributeToken,
  inject,
  input,
  output,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { errorText, fieldErrorMessage, I18nService, runMutation } from '@samarbeid/web/data-access';
import {
  CreateFollowUpActionGQL,
  type FollowUpActionFieldsFragment,
  PreparednessMeasuresGQL,
  PreparednessSourcesGQL,
  UpdateFollowUpActionGQL,
} from '@samarbeid/web/graphql';
import {
  type FieldOptionGroup,
  fieldRows,
  FORM_KIT,
  type FormRefusal,
  injectFormState,
} from '@samarbeid/web/ui';
import type { ApolloCache } from '@apollo/client';
import { switchMap } from 'rxjs';

import { evictExerciseLists } from '../exercises/exercise-form.component';
import { injectPeopleChoices, ownerRows } from '../shared/owner';
import { followEditedItem, injectRecordable } from '../shared/edit-form';
import type { Choice } from '../shared/region-data';
import {
  ACTION_TITLE_MAX_LENGTH,
  emptyFollowUpForm,
  FOLLOW_UP_FORM_FIELDS,
  followUpFieldOf,
  type FollowUpFormField,
  followUpFormOf,
  type FollowUpFormValues,
  followUpInput,
  sourceChoice,
  validateFollowUpForm,
} from './follow-up-form';

/** How many of the region's measures are offered to link an action to. */
export const MEASURE_CHOICES = 200;
/** How many of the region's decisions (the newest) and agreements are offered as what an action follows up. */
export const SOURCE_CHOICES = 100;

const LABELS: Readonly<Record<FollowUpFormField, Parameters<I18nService['t']>[0]>> = {
  title: 'preparedness.followUp.title',
  description: 'preparedness.followUp.description',
  municipality: 'preparedness.followUp.municipality',
  owner: 'preparedness.owner',
  ownerName: 'preparedness.followUpForm.ownerName',
  deadline: 'preparedness.followUp.deadline',
  measure: 'preparedness.followUp.measure',
  source: 'preparedness.followUp.source',
};

/** After an action is recorded: the lists and the yearly check that count it are read again. */
function evictFollowUpLists(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'myFollowUpActions' });
  evictExerciseLists(cache);
}

/**
 * After an action is changed: what counts it is read again, but not the list it is changed in (the changed action
 * replaces its row in place, so the table and the focus stay).
 */
function evictCounts(cache: ApolloCache): void {
  for (const fieldName of ['myFollowUpActions', 'preparednessYearlyCheck']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}

/**
 * Recording a follow-up action (after an exercise, when `exerciseId` is given), or changing one (`action`): what,
 * for which municipality (or the region), who owns it (a person with a user, who then finds it under "Min
 * oppfølging", or a name), by when, the measure of the region it belongs to and the decision or agreement it
 * follows up. The fields' ids start with the host's `formId` attribute (`follow-up` unless given), so two forms can
 * be on one page.
 */
@Component({
  selector: 'sb-follow-up-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <sb-field-form [form]="form" [labelledBy]="id + '-heading'" cancellable (cancelled)="cancelled.emit()">
      <h3 class="ds-heading" data-size="xs" [id]="id + '-heading'">{{ heading() }}</h3>
    </sb-field-form>
  `,
})
export class FollowUpFormComponent {
  readonly regionSlug = input.required<string>();
  readonly municipalities = input<readonly Choice[]>([]);
  readonly exerciseId = input<string | null>(null);
  /** The action to change; null: a new one. */
  readonly action = input<FollowUpActionFieldsFragment | null>(null);
  readonly saved = output<FollowUpActionFieldsFragment>();
  readonly cancelled = output<void>();

  protected readonly id = inject(new HostAttributeToken('formId'), { optional: true }) ?? 'follow-up';
  private readonly i18n = inject(I18nService);
  private readonly create = inject(CreateFollowUpActionGQL);
  private readonly update = inject(UpdateFollowUpActionGQL);
  private readonly measuresQuery = inject(PreparednessMeasuresGQL);
  private readonly sourcesQuery = inject(PreparednessSourcesGQL);
  protected readonly t = this.i18n.t;

  protected readonly heading = computed(() => {
    const action = this.action();
    return action
      ? this.t('preparedness.followUpForm.editHeading', { title: action.title })
      : this.t('preparedness.followUpForm.heading');
  });

  /** The municipalities the user records for: every one (and the region) for the secretariat, a director's own. */
  private readonly allowed = injectRecordable(this.municipalities);

  private readonly owners = injectPeopleChoices(this.regionSlug, this.municipalities);

  private readonly measuresResult = toSignal(
    toObservable(this.regionSlug).pipe(
      switchMap(
        (regionSlug) =>
          this.measuresQuery.watch({ variables: { regionSlug, first: MEASURE_CHOICES } }).valueChanges,
      ),
    ),
  );
  private readonly measures = computed<readonly Choice[]>(() => {
    const result = this.measuresResult();
    const nodes = result?.dataState === 'complete' ? result.data.measures.nodes : [];
    return nodes.map((measure) => ({ value: measure.id, label: `${measure.code} ${measure.title}` }));
  });

  private readonly sourcesResult = toSignal(
    toObservable(this.regionSlug).pipe(
      switchMap(
        (regionSlug) =>
          this.sourcesQuery.watch({ variables: { regionSlug, first: SOURCE_CHOICES } }).valueChanges,
      ),
    ),
  );
  /** The region's decisions and agreements, under a heading each. */
  private readonly sources = computed<FieldOptionGroup[]>(() => {
    const result = this.sourcesResult();
    if (result?.dataState !== 'complete') return [];
    const { decisions, agreements } = result.data;
    return [
      {
        group: this.t('preparedness.followUp.sourceDecisions'),
        options: decisions.nodes.map((decision) => ({
          value: sourceChoice('DECISION', decision.id),
          label: `${decision.caseReference} ${decision.title}`,
        })),
      },
      {
        group: this.t('preparedness.followUp.sourceAgreements'),
        options: agreements.nodes.map((agreement) => ({
          value: sourceChoice('AGREEMENT', agreement.id),
          label: agreement.title,
        })),
      },
    ].filter((group) => group.options.length > 0);
  });

  protected readonly form = injectFormState({
    initial: emptyFollowUpForm(''),
    fields: FOLLOW_UP_FORM_FIELDS,
    validate: validateFollowUpForm,
    translate: (key) => this.t(key),
    label: (field) => this.t(LABELS[field]),
    id: this.id,
    feedbackId: `${this.id}-refusal`,
    rows: (values) =>
      fieldRows<FollowUpFormField>(`${this.id}-`, (field) => this.t(LABELS[field]), [
        { key: 'title', kind: 'text', required: true, maxLength: ACTION_TITLE_MAX_LENGTH },
        { key: 'description', kind: 'multiline', rows: 3 },
        {
          key: 'municipality',
          kind: 'select',
          required: true,
          placeholder: this.t('preparedness.choose'),
          options: this.allowed(),
        },
        ...ownerRows<FollowUpFormField>(
          values,
          this.owners(),
          this.t,
          this.t('preparedness.followUpForm.ownerHint'),
        ),
        { key: 'deadline', kind: 'date', required: true },
        {
          key: 'measure',
          kind: 'select',
          hint: this.t('preparedness.followUpForm.measureHint'),
          options: [{ value: '', label: this.t('preparedness.none') }, ...this.measures()],
        },
        {
          key: 'source',
          kind: 'select',
          hint: this.t('preparedness.followUpForm.sourceHint'),
          options: [{ value: '', label: this.t('preparedness.none') }, ...this.sources()],
        },
      ]),
    texts: () => ({
      submit: this.t(this.action() ? 'preparedness.followUpForm.save' : 'preparedness.followUpForm.submit'),
      busy: this.t('preparedness.saving'),
      errorHeading: this.t('preparedness.followUpForm.refused'),
      errorSummary: this.t('form.errorSummary'),
    }),
    save: (values) => this.send(values),
  });

  constructor() {
    followEditedItem(this.action, this.form, followUpFormOf, this.allowed);
    this.form.focus(`#${this.id}-title`);
  }

  private async send(values: FollowUpFormValues): Promise<FormRefusal<FollowUpFormField> | undefined> {
    const action = this.action();
    const input = followUpInput(values);
    const outcome = action
      ? await runMutation(
          this.update.mutate({
            variables: { input: { id: action.id, expectedVersion: action.version, ...input } },
            update: (cache) => evictCounts(cache),
          }),
        ).then((result) =>
          result.ok ? { ok: true as const, data: result.data.updateFollowUpAction } : result,
        )
      : await runMutation(
          this.create.mutate({
            variables: {
              input: { regionSlug: this.regionSlug(), exerciseId: this.exerciseId(), ...input },
            },
            update: (cache) => evictFollowUpLists(cache),
          }),
        ).then((result) =>
          result.ok ? { ok: true as const, data: result.data.createFollowUpAction } : result,
        );
    if (outcome.ok) {
      this.saved.emit(outcome.data);
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(
      outcome.error,
      errorText(outcome.error, this.i18n),
      (problem) => fieldErrorMessage(problem, language),
      followUpFieldOf,
    );
  }
}
