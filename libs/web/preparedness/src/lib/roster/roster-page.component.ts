import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import {
  errorText,
  fieldErrorMessage,
  I18nService,
  queryErrorText,
  runMutation,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  AddCrisisTeamMemberGQL,
  CrisisTeamsGQL,
  type CrisisTeamMemberFieldsFragment,
  type CrisisTeamsQuery,
  RemoveCrisisTeamMemberGQL,
} from '@samarbeid/web/graphql';
import {
  ConfirmService,
  type DataTableColumn,
  DataTableComponent,
  type FieldErrors,
  fieldMessages,
  fieldProblems,
  FORM_KIT,
  injectFocusAfterRender,
  type SaveFeedback,
  shownErrors,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { PreparednessNavComponent } from '../shared/preparedness-nav.component';
import { injectRegionData } from '../shared/region-data';
import { regionOrDefault } from '../shared/region-year';
import {
  emptyMemberForm,
  MEMBER_FORM_FIELDS,
  memberFieldOf,
  type MemberFormField,
  type MemberFormValues,
  REGIONAL_TEAM,
  validateMemberForm,
} from './roster-member-form';

type Team = CrisisTeamsQuery['crisisTeams']['teams'][number];

const FIELD_LABELS: Readonly<Record<MemberFormField, TranslationKey>> = {
  team: 'preparedness.roster.team',
  role: 'preparedness.roster.col.role',
  personName: 'preparedness.roster.col.name',
  homeMunicipality: 'preparedness.roster.col.municipality',
  phone: 'preparedness.roster.col.phone',
  email: 'preparedness.roster.col.email',
};

/**
 * `/beredskap/kriseteam`: the region's psychosocial crisis team and each municipality's: role, person, the
 * municipality they work in, and deputies under the member they stand in for. Phone and e-mail are shown only to
 * the team's own members and the secretariat (the API leaves them out for everyone else); the secretariat keeps the
 * roster here.
 */
@Component({
  selector: 'sb-roster-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, PreparednessNavComponent, FORM_KIT],
  templateUrl: './roster-page.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class RosterPageComponent {
  readonly region = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly query = inject(CrisisTeamsGQL);
  private readonly add = inject(AddCrisisTeamMemberGQL);
  private readonly remove = inject(RemoveCrisisTeamMemberGQL);
  private readonly confirm = inject(ConfirmService);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;

  protected readonly slug = computed(() => regionOrDefault(this.region()));
  protected readonly regionData = injectRegionData(this.slug);
  protected readonly regionalTeam = REGIONAL_TEAM;

  private readonly ref = computed(() =>
    this.query.watch({ variables: { regionSlug: this.slug() }, fetchPolicy: 'cache-and-network' }),
  );
  private readonly result = toSignal(toObservable(this.ref).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      const roster = result.data.crisisTeams;
      return {
        kind: 'ready' as const,
        roster,
        teams: roster.teams.map((team) => ({
          ...team,
          key: team.municipalityNumber ?? REGIONAL_TEAM,
          heading:
            team.municipalityNumber === null
              ? this.t('preparedness.roster.regionalTeam', { region: team.name })
              : this.t('preparedness.roster.municipalTeam', { municipality: team.name }),
          rows: team.members.flatMap((member) => [
            { ...member, deputyFor: null as string | null },
            ...member.deputies.map((deputy) => ({ ...deputy, deputyFor: member.personName })),
          ]),
        })),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'role', label: this.t('preparedness.roster.col.role') },
    { key: 'name', label: this.t('preparedness.roster.col.name') },
    { key: 'municipality', label: this.t('preparedness.roster.col.municipality') },
    { key: 'phone', label: this.t('preparedness.roster.col.phone') },
    { key: 'email', label: this.t('preparedness.roster.col.email') },
  ]);
  protected readonly editColumns = computed<readonly DataTableColumn[]>(() => [
    ...this.columns(),
    { key: 'actions', label: this.t('preparedness.roster.col.actions') },
  ]);

  // Adding a person (the secretariat)

  protected readonly formOpen = signal(false);
  protected readonly values = signal<MemberFormValues>(emptyMemberForm());
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly feedback = signal<SaveFeedback | null>(null);
  private readonly serverErrors = signal<FieldErrors<MemberFormField>>({});
  protected readonly errors = computed(() =>
    shownErrors(this.submitted(), this.serverErrors(), validateMemberForm(this.values()), (key) =>
      this.t(key),
    ),
  );
  protected readonly problems = computed(() =>
    fieldProblems(
      MEMBER_FORM_FIELDS,
      this.errors(),
      (field) => this.t(FIELD_LABELS[field]),
      (field) => `member-${field}`,
    ),
  );
  /** The members of the chosen team a new person can stand in for. */
  protected readonly principals = computed(() => {
    const state = this.state();
    if (state.kind !== 'ready') return [];
    const team = state.teams.find((candidate) => candidate.key === this.values().team);
    return (team?.members ?? []).map((member) => ({
      value: member.id,
      label: `${member.personName} (${member.role})`,
    }));
  });

  protected openForm(): void {
    this.values.set(emptyMemberForm());
    this.submitted.set(false);
    this.feedback.set(null);
    this.formOpen.set(true);
    this.focusAfterRender('#member-team');
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.focusAfterRender('#member-open');
  }

  protected onInput(field: keyof MemberFormValues, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLSelectElement).value;
    this.values.update((values) => ({
      ...values,
      [field]: value,
      ...(field === 'team' ? { deputyOf: '' } : {}),
    }));
    if (Object.keys(this.serverErrors()).length > 0) this.serverErrors.set({});
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving()) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.feedback.set(null);
    const values = this.values();
    if (Object.keys(validateMemberForm(values)).length > 0) {
      this.focusAfterRender('#member-errors');
      return;
    }
    this.saving.set(true);
    const outcome = await runMutation(
      this.add.mutate({
        variables: {
          input: {
            regionSlug: this.slug(),
            teamMunicipalityNumber: values.team === REGIONAL_TEAM ? null : values.team,
            deputyOfId: values.deputyOf || null,
            role: values.role.trim(),
            personName: values.personName.trim(),
            homeMunicipalityNumber: values.homeMunicipality,
            phone: values.phone.trim() || null,
            email: values.email.trim() || null,
          },
        },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'crisisTeams' });
          cache.gc();
        },
      }),
    );
    this.saving.set(false);
    if (outcome.ok) {
      this.formOpen.set(false);
      this.feedback.set({
        kind: 'saved',
        text: this.t('preparedness.roster.added', { name: outcome.data.addCrisisTeamMember.personName }),
      });
      this.focusAfterRender('#roster-feedback');
      return;
    }
    const language = this.i18n.language();
    this.serverErrors.set(
      fieldMessages(outcome.error.fields, memberFieldOf, (problem) => fieldErrorMessage(problem, language)),
    );
    this.feedback.set({
      kind: 'error',
      heading: this.t('preparedness.roster.refused'),
      message: errorText(outcome.error, this.i18n),
    });
    this.focusAfterRender('#roster-feedback');
  }

  protected async removeMember(member: CrisisTeamMemberFieldsFragment, team: Team): Promise<void> {
    const confirmed = await this.confirm.ask({
      heading: this.t('preparedness.roster.removeHeading', { name: member.personName }),
      message: this.t('preparedness.roster.removeMessage', { team: team.name }),
      confirmLabel: this.t('preparedness.roster.remove'),
      danger: true,
    });
    if (!confirmed) return;
    const outcome = await runMutation(
      this.remove.mutate({
        variables: { input: { id: member.id, expectedVersion: member.version } },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'crisisTeams' });
          cache.gc();
        },
      }),
    );
    this.feedback.set(
      outcome.ok
        ? { kind: 'saved', text: this.t('preparedness.roster.removed', { name: member.personName }) }
        : {
            kind: 'error',
            heading: this.t('preparedness.roster.refused'),
            message: errorText(outcome.error, this.i18n),
          },
    );
    this.focusAfterRender('#roster-feedback');
  }

  protected onRegion(event: Event): void {
    const region = (event.target as HTMLSelectElement).value || null;
    this.router
      .navigate([], { queryParams: { region }, queryParamsHandling: 'merge', replaceUrl: true })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }

  protected retry(): void {
    this.ref()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the crisis teams again', error));
  }
}
