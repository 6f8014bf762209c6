import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { I18nService, queryErrorText } from '@samarbeid/web/data-access';
import { PreparednessYearlyCheckGQL, type PreparednessYearlyCheckQuery } from '@samarbeid/web/graphql';
import { type DataTableColumn, DataTableComponent, FORM_KIT, ListPageComponent } from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { PreparednessNavComponent } from '../shared/preparedness-nav.component';
import { injectRegionData } from '../shared/region-data';
import { currentYear, regionOrDefault, yearChoices, yearOr } from '../shared/region-year';
import { RoutinesComponent } from './routines.component';

type CheckRow = PreparednessYearlyCheckQuery['preparednessYearlyCheck']['municipalities'][number];
type ExerciseState = CheckRow['ownExercise'];

/**
 * `/beredskap`: the yearly check of a region. Per municipality: did it hold its own exercise this year, did it take
 * part in the regional one (green/red, a planned one noted), and how many of its follow-up actions are overdue; then
 * the region's routines, flagged when a review is due. The region and the year are in the address.
 */
@Component({
  selector: 'sb-yearly-check-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    DataTableComponent,
    ListPageComponent,
    PreparednessNavComponent,
    RoutinesComponent,
    FORM_KIT,
  ],
  templateUrl: './yearly-check-page.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class YearlyCheckPageComponent {
  /** `?region=` (component input binding); the default region when left out. */
  readonly region = input<string | undefined>(undefined);
  /** `?ar=`: the year checked; this year when left out. */
  readonly ar = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly query = inject(PreparednessYearlyCheckGQL);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  protected readonly slug = computed(() => regionOrDefault(this.region()));
  private readonly thisYear = currentYear();
  protected readonly year = computed(() => yearOr(this.ar(), this.thisYear));
  protected readonly years = computed(() => yearChoices(this.year(), this.thisYear));
  protected readonly regionData = injectRegionData(this.slug);

  private readonly ref = computed(() =>
    this.query.watch({
      variables: { regionSlug: this.slug(), year: this.year() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.ref).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      const check = result.data.preparednessYearlyCheck;
      const rows = check.municipalities.map((row) => ({
        ...row,
        own: this.exerciseText(row.ownExercise),
        regional: this.exerciseText(row.regionalExercise),
        statusText: this.t(row.status === 'GREEN' ? 'preparedness.check.green' : 'preparedness.check.red'),
      }));
      return {
        kind: 'ready' as const,
        check,
        rows,
        green: rows.filter((row) => row.status === 'GREEN').length,
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'municipality', label: this.t('preparedness.check.col.municipality') },
    { key: 'own', label: this.t('preparedness.check.col.own') },
    { key: 'regional', label: this.t('preparedness.check.col.regional') },
    { key: 'overdue', label: this.t('preparedness.check.col.overdue'), align: 'end' },
    { key: 'status', label: this.t('preparedness.check.col.status') },
  ]);

  protected onRegion(event: Event): void {
    this.navigate({ region: (event.target as HTMLSelectElement).value || null });
  }

  protected onYear(event: Event): void {
    this.navigate({ ar: (event.target as HTMLSelectElement).value || null });
  }

  protected retry(): void {
    this.ref()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the yearly check again', error));
  }

  private exerciseText(state: ExerciseState): string {
    return this.t(`preparedness.check.exercise.${state}`);
  }

  private navigate(queryParams: Record<string, string | null>): void {
    this.router
      .navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }
}
