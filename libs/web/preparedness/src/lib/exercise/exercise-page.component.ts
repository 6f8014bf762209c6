import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { I18nService, queryErrorText } from '@samarbeid/web/data-access';
import {
  type ExerciseFieldsFragment,
  type FollowUpActionFieldsFragment,
  PreparednessExerciseGQL,
} from '@samarbeid/web/graphql';
import { injectFocusAfterRender } from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { ExerciseFormComponent } from '../exercises/exercise-form.component';
import { FollowUpFormComponent } from '../follow-up/follow-up-form.component';
import { FollowUpTableComponent } from '../follow-up/follow-up-table.component';
import { PreparednessNavComponent } from '../shared/preparedness-nav.component';
import { PreparednessPermissions } from '../shared/preparedness-permissions';
import { injectRegionData } from '../shared/region-data';
import { regionOrDefault } from '../shared/region-year';

/**
 * `/beredskap/ovelser/<id>`: one exercise — what, when, who took part, the evaluation and the lessons learned — and
 * its follow-up actions. Those who record for the organiser change it; those who record follow-up add actions.
 */
@Component({
  selector: 'sb-exercise-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    PreparednessNavComponent,
    ExerciseFormComponent,
    FollowUpFormComponent,
    FollowUpTableComponent,
  ],
  templateUrl: './exercise-page.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class ExercisePageComponent {
  /** The route's `:id`. */
  readonly id = input.required<string>();
  readonly region = input<string | undefined>(undefined);
  /** `?ny=1`: just registered. */
  readonly ny = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly query = inject(PreparednessExerciseGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly permissions = inject(PreparednessPermissions);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  protected readonly slug = computed(() => regionOrDefault(this.region()));
  protected readonly regionData = injectRegionData(this.slug);
  protected readonly editing = signal(false);
  protected readonly adding = signal(false);
  protected readonly message = signal<string | null>(null);

  private readonly ref = computed(() =>
    this.query.watch({
      variables: { id: this.id(), regionSlug: this.slug() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.ref).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      const exercise = result.data.exercise;
      return {
        kind: 'ready' as const,
        exercise,
        actions: result.data.followUpActions.nodes,
        date: this.i18n.date(exercise.heldOn),
        kindText: this.t(`preparedness.kind.${exercise.kind}`),
        statusText: this.t(`preparedness.status.${exercise.status}`),
        scopeText:
          exercise.scope === 'REGIONAL'
            ? this.t('preparedness.scope.REGIONAL')
            : this.t('preparedness.exercises.ownOf', { municipality: exercise.organiser?.name ?? '' }),
        participants: exercise.participants.map((p) => p.name).join(', '),
        actors: [
          ...exercise.outsideActors.map((actor) => this.t(`preparedness.actor.${actor}`)),
          ...(exercise.otherActors ? [exercise.otherActors] : []),
        ].join(', '),
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected onSaved(exercise: ExerciseFieldsFragment): void {
    this.editing.set(false);
    this.message.set(this.t('preparedness.exercise.saved', { title: exercise.title }));
    this.focusAfterRender('#exercise-message');
  }

  protected closeEdit(): void {
    this.editing.set(false);
    this.focusAfterRender('#exercise-edit');
  }

  protected onActionSaved(action: FollowUpActionFieldsFragment): void {
    this.adding.set(false);
    this.message.set(this.t('preparedness.followUp.saved', { title: action.title }));
    this.focusAfterRender('#exercise-message');
  }

  protected closeAdd(): void {
    this.adding.set(false);
    this.focusAfterRender('#follow-up-open');
  }

  protected retry(): void {
    this.ref()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the exercise again', error));
  }
}
