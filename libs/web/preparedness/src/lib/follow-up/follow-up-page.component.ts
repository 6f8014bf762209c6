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
import { Router } from '@angular/router';
import { errorText, I18nService, queryErrorText, runMutation } from '@samarbeid/web/data-access';
import {
  MyFollowUpActionsGQL,
  RegionFollowUpActionsGQL,
  type RegionFollowUpActionsQuery,
  RemindOverdueFollowUpActionsGQL,
} from '@samarbeid/web/graphql';
import {
  ConfirmService,
  FORM_KIT,
  injectFocusAfterRender,
  ListPageComponent,
  type SaveFeedback,
} from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { PreparednessNavComponent } from '../shared/preparedness-nav.component';
import { PreparednessPermissions } from '../shared/preparedness-permissions';
import { injectRegionData } from '../shared/region-data';
import { regionOrDefault } from '../shared/region-year';
import { FollowUpTableComponent } from './follow-up-table.component';

export const MY_ACTIONS_PAGE_SIZE = 100;
export const REGION_ACTIONS_PAGE_SIZE = 50;

/** Which of the region's actions are listed (`?vis=`; the yearly check links with `?forfalt=1`). */
type Show = 'open' | 'overdue' | 'all';

type RegionActions = RegionFollowUpActionsQuery['followUpActions'];

/**
 * `/beredskap/oppfolging`: "Min oppfølging" — the signed-in person's own open follow-up actions in every region,
 * overdue ones flagged — and the region's actions, by municipality and by open, overdue or all (in the address).
 * The owner and the editors change an action's status in place.
 */
@Component({
  selector: 'sb-follow-up-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListPageComponent, PreparednessNavComponent, FollowUpTableComponent, FORM_KIT],
  templateUrl: './follow-up-page.component.html',
  styleUrl: '../shared/preparedness.css',
})
export class FollowUpPageComponent {
  readonly region = input<string | undefined>(undefined);
  /** `?kommune=3334`: one municipality's actions. */
  readonly kommune = input<string | undefined>(undefined);
  /** `?forfalt=1`: only the overdue ones. */
  readonly forfalt = input<string | undefined>(undefined);
  /** `?vis=alle|forfalte|apne`. */
  readonly vis = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly mineQuery = inject(MyFollowUpActionsGQL);
  private readonly regionQuery = inject(RegionFollowUpActionsGQL);
  private readonly remind = inject(RemindOverdueFollowUpActionsGQL);
  private readonly confirm = inject(ConfirmService);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly permissions = inject(PreparednessPermissions);
  protected readonly reminding = signal(false);
  protected readonly remindFeedback = signal<SaveFeedback | null>(null);
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;

  protected readonly slug = computed(() => regionOrDefault(this.region()));
  protected readonly regionData = injectRegionData(this.slug);
  protected readonly municipality = computed(() => {
    const number = this.kommune();
    return number && /^\d{4}$/.test(number) ? number : null;
  });
  protected readonly show = computed<Show>(() => {
    if (this.forfalt() === '1' || this.vis() === 'forfalte') return 'overdue';
    return this.vis() === 'alle' ? 'all' : 'open';
  });
  protected readonly loadingMore = signal(false);

  private readonly mineRef = this.mineQuery.watch({
    variables: { first: MY_ACTIONS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  private readonly mineResult = toSignal(this.mineRef.valueChanges);

  protected readonly mine = computed(() => {
    const result = this.mineResult();
    if (result?.dataState === 'complete') {
      const list = result.data.myFollowUpActions;
      return {
        kind: 'ready' as const,
        totalCount: list.totalCount,
        overdue: list.nodes.filter((action) => action.overdue).length,
        actions: list.nodes,
      };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    return { kind: 'loading' as const };
  });

  protected readonly mineCount = computed(() => {
    const mine = this.mine();
    if (mine.kind !== 'ready') return null;
    const open = this.plural('preparedness.mine.count', mine.totalCount);
    return mine.overdue > 0 ? `${open}, ${this.plural('preparedness.mine.overdue', mine.overdue)}` : open;
  });

  private readonly regionRef = computed(() => {
    const show = this.show();
    return this.regionQuery.watch({
      variables: {
        regionSlug: this.slug(),
        filter: {
          municipalityNumber: this.municipality(),
          openOnly: show === 'open',
          overdueOnly: show === 'overdue',
        },
        first: REGION_ACTIONS_PAGE_SIZE,
      },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    });
  });
  private readonly regionResult = toSignal(
    toObservable(this.regionRef).pipe(switchMap((ref) => ref.valueChanges)),
  );
  private readonly regionList = linkedSignal<ReturnType<typeof this.regionResult>, RegionActions | undefined>(
    {
      source: this.regionResult,
      computation: (result, previous) =>
        result?.dataState === 'complete' ? result.data.followUpActions : previous?.value,
    },
  );

  protected readonly inRegion = computed(() => {
    const result = this.regionResult();
    const list = this.regionList();
    return {
      loading: !result || (result.loading && !this.loadingMore()),
      error: result?.error && !result.loading ? queryErrorText(result.error, this.i18n) : undefined,
      list,
    };
  });

  protected readonly regionCaption = computed(() => {
    const name = this.regionData.regionName() ?? '';
    const municipality = this.municipality();
    const where = municipality
      ? (this.regionData.municipalityNames().get(municipality) ?? municipality)
      : name;
    return this.t(`preparedness.inRegion.caption.${this.show()}`, { where });
  });

  protected onRegion(event: Event): void {
    this.navigate({ region: (event.target as HTMLSelectElement).value || null, kommune: null });
  }

  protected onMunicipality(event: Event): void {
    this.navigate({ kommune: (event.target as HTMLSelectElement).value || null });
  }

  protected onShow(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as Show;
    this.navigate({ forfalt: null, vis: value === 'overdue' ? 'forfalte' : value === 'all' ? 'alle' : null });
  }

  protected clearFilters(): void {
    this.navigate({ kommune: null, forfalt: null, vis: null });
  }

  protected async loadMore(): Promise<void> {
    const list = this.regionList();
    if (!list?.pageInfo.hasNextPage || this.loadingMore()) return;
    this.loadingMore.set(true);
    try {
      await this.regionRef().fetchMore({
        variables: { after: list.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          followUpActions: {
            ...fetchMoreResult.followUpActions,
            nodes: [...previous.followUpActions.nodes, ...fetchMoreResult.followUpActions.nodes],
          },
        }),
      });
    } finally {
      this.loadingMore.set(false);
    }
  }

  /** The secretariat reminds the owners of the region's overdue actions (each once until its deadline moves). */
  protected async sendReminders(): Promise<void> {
    if (this.reminding()) return;
    const region = this.regionData.regionName() ?? this.slug();
    const confirmed = await this.confirm.ask({
      heading: this.t('preparedness.remind.confirmHeading', { region }),
      message: this.t('preparedness.remind.confirmMessage'),
      confirmLabel: this.t('preparedness.remind.send'),
    });
    if (!confirmed) return;
    this.reminding.set(true);
    const outcome = await runMutation(this.remind.mutate({ variables: { regionSlug: this.slug() } }));
    this.reminding.set(false);
    this.remindFeedback.set(
      outcome.ok
        ? {
            kind: outcome.data.remindOverdueFollowUpActions.reminded > 0 ? 'saved' : 'info',
            text:
              outcome.data.remindOverdueFollowUpActions.reminded > 0
                ? this.plural('preparedness.remind.sent', outcome.data.remindOverdueFollowUpActions.reminded)
                : this.t('preparedness.remind.none'),
          }
        : {
            kind: 'error',
            heading: this.t('preparedness.remind.refused'),
            message: errorText(outcome.error, this.i18n),
          },
    );
    this.focusAfterRender('#remind-feedback');
  }

  protected retryMine(): void {
    this.mineRef
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the actions again', error));
  }

  protected retryRegion(): void {
    this.regionRef()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the actions again', error));
  }

  private navigate(queryParams: Record<string, string | null>): void {
    this.router
      .navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }
}
