import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import { errorText, I18nService, queryErrorText, runMutation } from '@samarbeid/web/data-access';
import {
  CrisisTeamsGQL,
  type CrisisTeamMemberFieldsFragment,
  type CrisisTeamsQuery,
  RemoveCrisisTeamMemberGQL,
} from '@samarbeid/web/graphql';
import {
  ConfirmService,
  type DataTableColumn,
  DataTableComponent,
  FORM_KIT,
  injectFocusAfterRender,
  type SaveFeedback,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { PreparednessNavComponent } from '../shared/preparedness-nav.component';
import { injectRegionData } from '../shared/region-data';
import { regionOrDefault } from '../shared/region-year';
import { REGIONAL_TEAM } from './roster-member-form';
import { RosterMemberFormComponent, type RosterTeamChoice } from './roster-member-form.component';

type Team = CrisisTeamsQuery['crisisTeams']['teams'][number];

/**
 * `/beredskap/kriseteam`: the region's psychosocial crisis team and each municipality's: role, person, the
 * municipality they work in, and deputies under the member they stand in for. Phone and e-mail are shown only to
 * the team's own members and the secretariat (the API leaves them out for everyone else); the secretariat keeps the
 * roster here.
 */
@Component({
  selector: 'sb-roster-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, PreparednessNavComponent, RosterMemberFormComponent, FORM_KIT],
  templateUrl: './roster-page.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class RosterPageComponent {
  readonly region = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly query = inject(CrisisTeamsGQL);
  private readonly remove = inject(RemoveCrisisTeamMemberGQL);
  private readonly confirm = inject(ConfirmService);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;

  protected readonly slug = computed(() => regionOrDefault(this.region()));
  protected readonly regionData = injectRegionData(this.slug);

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

  // Adding and changing a person (the secretariat)

  protected readonly formOpen = signal(false);
  /** The person being changed; null: a new one (while the form is open). */
  protected readonly editing = signal<CrisisTeamMemberFieldsFragment | null>(null);
  protected readonly feedback = signal<SaveFeedback | null>(null);
  /** The teams a person can be added to, each with the members a deputy can stand in for. */
  protected readonly teamChoices = computed<readonly RosterTeamChoice[]>(() => {
    const state = this.state();
    if (state.kind !== 'ready') return [];
    return state.teams.map((team) => ({
      value: team.key,
      label: team.municipalityNumber === null ? this.t('preparedness.roster.regionalTeamShort') : team.name,
      principals: team.members.map((member) => ({
        value: member.id,
        label: `${member.personName} (${member.role})`,
      })),
    }));
  });

  protected openForm(member: CrisisTeamMemberFieldsFragment | null): void {
    this.feedback.set(null);
    this.editing.set(member);
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    const member = this.editing();
    this.formOpen.set(false);
    this.editing.set(null);
    this.focusAfterRender(member ? `#member-edit-${member.id}` : '#member-open');
  }

  protected onSaved(saved: { readonly name: string; readonly created: boolean }): void {
    this.formOpen.set(false);
    this.editing.set(null);
    this.feedback.set({
      kind: 'saved',
      text: this.t(saved.created ? 'preparedness.roster.added' : 'preparedness.roster.updated', {
        name: saved.name,
      }),
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
