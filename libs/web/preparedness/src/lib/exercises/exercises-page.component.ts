import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { I18nService, queryErrorText } from '@samarbeid/web/data-access';
import {
  type ExerciseFieldsFragment,
  PreparednessExercisesGQL,
  type PreparednessExercisesQuery,
} from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  FORM_KIT,
  injectFocusAfterRender,
  ListPageComponent,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { PreparednessNavComponent } from '../shared/preparedness-nav.component';
import { PreparednessPermissions } from '../shared/preparedness-permissions';
import { injectRegionData } from '../shared/region-data';
import { currentYear, regionOrDefault, yearChoices, yearOr } from '../shared/region-year';
import { ExerciseFormComponent } from './exercise-form.component';

export const EXERCISES_PAGE_SIZE = 50;

type Exercises = PreparednessExercisesQuery['exercises'];

/**
 * `/beredskap/ovelser`: a region's exercises, newest first, by year (in the address). The secretariat and the
 * municipal directors register new ones here; each leads to its page with the evaluation and the follow-up.
 */
@Component({
  selector: 'sb-exercises-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DataTableComponent,
    ListPageComponent,
    PreparednessNavComponent,
    ExerciseFormComponent,
    FORM_KIT,
  ],
  templateUrl: './exercises-page.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class ExercisesPageComponent {
  readonly region = input<string | undefined>(undefined);
  /** `?ar=`: only this year's exercises; every year when left out. */
  readonly ar = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly query = inject(PreparednessExercisesGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly permissions = inject(PreparednessPermissions);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  protected readonly slug = computed(() => regionOrDefault(this.region()));
  private readonly thisYear = currentYear();
  protected readonly year = computed(() => (this.ar() ? yearOr(this.ar(), this.thisYear) : null));
  protected readonly years = computed(() => yearChoices(this.year() ?? this.thisYear, this.thisYear));
  protected readonly regionData = injectRegionData(this.slug);
  protected readonly formOpen = signal(false);
  protected readonly loadingMore = signal(false);

  private readonly ref = computed(() =>
    this.query.watch({
      variables: {
        regionSlug: this.slug(),
        filter: this.year() ? { year: this.year() } : null,
        first: EXERCISES_PAGE_SIZE,
      },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    }),
  );
  private readonly result = toSignal(toObservable(this.ref).pipe(switchMap((ref) => ref.valueChanges)));
  private readonly list = linkedSignal<ReturnType<typeof this.result>, Exercises | undefined>({
    source: this.result,
    computation: (result, previous) =>
      result?.dataState === 'complete' ? result.data.exercises : previous?.value,
  });

  protected readonly view = computed(() => {
    const result = this.result();
    const list = this.list();
    const loading = !result || (result.loading && !this.loadingMore());
    const error = result?.error && !result.loading ? queryErrorText(result.error, this.i18n) : undefined;
    const rows = (list?.nodes ?? []).map((exercise) => ({
      ...exercise,
      date: this.i18n.date(exercise.heldOn),
      kindText: this.t(`preparedness.kind.${exercise.kind}`),
      scopeText:
        exercise.scope === 'REGIONAL'
          ? this.t('preparedness.scope.REGIONAL')
          : this.t('preparedness.exercises.ownOf', { municipality: exercise.organiser?.name ?? '' }),
      participantsText: exercise.participants.map((p) => p.name).join(', '),
      statusText: this.t(`preparedness.status.${exercise.status}`),
    }));
    return { loading, error, rows, list };
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'date', label: this.t('preparedness.exercise.date') },
    { key: 'title', label: this.t('preparedness.exercise.title') },
    { key: 'kind', label: this.t('preparedness.exercise.kind') },
    { key: 'scope', label: this.t('preparedness.exercise.scope') },
    { key: 'participants', label: this.t('preparedness.exercise.participants') },
    { key: 'status', label: this.t('preparedness.exercise.status') },
  ]);

  protected onRegion(event: Event): void {
    this.navigate({ region: (event.target as HTMLSelectElement).value || null });
  }

  protected onYear(event: Event): void {
    this.navigate({ ar: (event.target as HTMLSelectElement).value || null });
  }

  protected clearFilters(): void {
    this.navigate({ ar: null });
  }

  protected openForm(): void {
    this.formOpen.set(true);
  }

  protected closeForm(): void {
    this.formOpen.set(false);
    this.focusAfterRender('#exercise-open');
  }

  protected onSaved(exercise: ExerciseFieldsFragment): void {
    this.router
      .navigate(['/beredskap/ovelser', exercise.id], { queryParams: { region: this.slug(), ny: 1 } })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }

  protected async loadMore(): Promise<void> {
    const list = this.list();
    if (!list?.pageInfo.hasNextPage || this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      await this.ref().fetchMore({
        variables: { after: list.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          exercises: {
            ...fetchMoreResult.exercises,
            nodes: [...previous.exercises.nodes, ...fetchMoreResult.exercises.nodes],
          },
        }),
      });
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected retry(): void {
    this.ref()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the exercises again', error));
  }

  private navigate(queryParams: Record<string, string | null>): void {
    this.router
      .navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }
}
