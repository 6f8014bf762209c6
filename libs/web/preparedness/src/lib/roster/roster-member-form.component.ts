import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import {
  errorText,
  fieldErrorMessage,
  I18nService,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  AddCrisisTeamMemberGQL,
  type CrisisTeamMemberFieldsFragment,
  UpdateCrisisTeamMemberGQL,
} from '@samarbeid/web/graphql';
import { fieldRows, FORM_KIT, type FormRefusal, injectFormState } from '@samarbeid/web/ui';

import { injectPeopleChoices } from '../shared/owner';
import type { Choice } from '../shared/region-data';
import {
  emptyMemberForm,
  MEMBER_FORM_FIELDS,
  memberFieldOf,
  type MemberFormField,
  memberFormOf,
  type MemberFormValues,
  memberInput,
  REGIONAL_TEAM,
  validateMemberForm,
} from './roster-member-form';

const LABELS: Readonly<Record<MemberFormField, TranslationKey>> = {
  team: 'preparedness.roster.team',
  deputyOf: 'preparedness.roster.deputyOf',
  role: 'preparedness.roster.col.role',
  personName: 'preparedness.roster.col.name',
  homeMunicipality: 'preparedness.roster.col.municipality',
  user: 'preparedness.roster.user',
  phone: 'preparedness.roster.col.phone',
  email: 'preparedness.roster.col.email',
};

/** A team to add a person to, with the members a deputy can stand in for. */
export interface RosterTeamChoice extends Choice {
  readonly principals: readonly Choice[];
}

/**
 * Adding a person to a crisis team (the secretariat), perhaps as a deputy, or changing a person (`member`): role,
 * name, the municipality they work in, their user (a member with a user sees the team's contact details) and their
 * phone and e-mail. The team and whom a deputy stands in for are chosen when the person is added.
 */
@Component({
  selector: 'sb-roster-member-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT],
  template: `
    <sb-field-form [form]="form" labelledBy="member-form-heading" cancellable (cancelled)="cancelled.emit()">
      <h2 class="ds-heading" data-size="sm" id="member-form-heading">{{ heading() }}</h2>
    </sb-field-form>
  `,
})
export class RosterMemberFormComponent {
  readonly regionSlug = input.required<string>();
  readonly municipalities = input<readonly Choice[]>([]);
  readonly teams = input<readonly RosterTeamChoice[]>([]);
  /** The person to change; null: a new one. */
  readonly member = input<CrisisTeamMemberFieldsFragment | null>(null);
  /** Saved: the person's name, and whether they were added. */
  readonly saved = output<{ readonly name: string; readonly created: boolean }>();
  readonly cancelled = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly add = inject(AddCrisisTeamMemberGQL);
  private readonly update = inject(UpdateCrisisTeamMemberGQL);
  protected readonly t = this.i18n.t;

  protected readonly heading = computed(() => {
    const member = this.member();
    return member
      ? this.t('preparedness.roster.editHeading', { name: member.personName })
      : this.t('preparedness.roster.add');
  });
  private readonly people = injectPeopleChoices(this.regionSlug, this.municipalities);

  protected readonly form = injectFormState({
    initial: emptyMemberForm(),
    fields: MEMBER_FORM_FIELDS,
    validate: validateMemberForm,
    translate: (key) => this.t(key),
    label: (field) => this.t(LABELS[field]),
    id: 'member',
    feedbackId: 'member-refusal',
    // A new person's team empties the choice of whom they stand in for.
    adjust: (values, before) => (values.team === before.team ? undefined : { deputyOf: '' }),
    rows: (values) =>
      fieldRows<MemberFormField>('member-', (field) => this.t(LABELS[field]), [
        ...(this.member()
          ? []
          : [
              { key: 'team', kind: 'select', required: true, options: this.teams() } as const,
              {
                key: 'deputyOf',
                kind: 'select',
                hint: this.t('preparedness.roster.deputyOfHint'),
                options: [
                  { value: '', label: this.t('preparedness.roster.notDeputy') },
                  ...(this.teams().find((team) => team.value === values.team)?.principals ?? []),
                ],
              } as const,
            ]),
        { key: 'role', kind: 'text', required: true, maxLength: 100 },
        { key: 'personName', kind: 'text', required: true, maxLength: 200 },
        {
          key: 'homeMunicipality',
          kind: 'select',
          required: true,
          placeholder: this.t('preparedness.choose'),
          options: this.municipalities(),
        },
        {
          key: 'user',
          kind: 'select',
          hint: this.t('preparedness.roster.userHint'),
          options: [{ value: '', label: this.t('preparedness.roster.noUser') }, ...this.people()],
        },
        { key: 'phone', kind: 'text', maxLength: 20 },
        { key: 'email', kind: 'text', maxLength: 320 },
      ]),
    texts: () => ({
      submit: this.t(this.member() ? 'preparedness.roster.saveSubmit' : 'preparedness.roster.addSubmit'),
      busy: this.t('preparedness.saving'),
      errorHeading: this.t('preparedness.roster.refused'),
      errorSummary: this.t('form.errorSummary'),
    }),
    save: (values) => this.send(values),
  });

  constructor() {
    // The person to change (again when another is chosen); the first field has the focus.
    let shown: string | null | undefined;
    effect(() => {
      const member = this.member();
      untracked(() => {
        if (member && member.id !== shown) this.form.reset(memberFormOf(member));
        if ((member?.id ?? null) !== shown) this.form.focus(member ? '#member-role' : '#member-team');
        shown = member?.id ?? null;
      });
    });
  }

  private async send(values: MemberFormValues): Promise<FormRefusal<MemberFormField> | undefined> {
    const member = this.member();
    const input = memberInput(values);
    const outcome = member
      ? await runMutation(
          this.update.mutate({
            variables: { input: { id: member.id, expectedVersion: member.version, ...input } },
          }),
        )
      : await runMutation(
          this.add.mutate({
            variables: {
              input: {
                regionSlug: this.regionSlug(),
                teamMunicipalityNumber: values.team === REGIONAL_TEAM ? null : values.team,
                deputyOfId: values.deputyOf || null,
                ...input,
              },
            },
            update: (cache) => {
              cache.evict({ id: 'ROOT_QUERY', fieldName: 'crisisTeams' });
              cache.gc();
            },
          }),
        );
    if (outcome.ok) {
      this.saved.emit({ name: input.personName, created: !member });
      return undefined;
    }
    const language = this.i18n.language();
    return this.form.refusalFrom(
      outcome.error,
      errorText(outcome.error, this.i18n),
      (problem) => fieldErrorMessage(problem, language),
      memberFieldOf,
    );
  }
}
