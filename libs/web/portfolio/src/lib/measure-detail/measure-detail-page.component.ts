import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  forwardRef,
  inject,
  input,
  linkedSignal,
  untracked,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, NavigationEnd, Router, RouterOutlet, type Routes } from '@angular/router';
import {
  DEFAULT_REGION_SLUG,
  I18nService,
  MeasureTabContext,
  type MeasureTabMeasure,
  type MeasureTabRouteData,
  queryErrorText,
  toApiError,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  MeasureDetailGQL,
  type MeasureDetailQuery,
  PortfolioMunicipalitiesGQL,
} from '@samarbeid/web/graphql';
import { DetailPageComponent } from '@samarbeid/web/ui';
import { filter, map, switchMap } from 'rxjs';

import { statusLabel } from '../shared/labels';
import { MeasureDecisionsComponent } from './decisions/measure-decisions.component';
import { MeasureDependenciesComponent } from './dependencies/measure-dependencies.component';
import { MeasureReadinessComponent } from './governance/measure-readiness.component';
import { MeasureCooperatingNetworksComponent } from './governance/measure-cooperating-networks.component';
import { MeasureSteeringComponent } from './governance/measure-steering.component';
import { MeasureHistoryComponent } from './history/measure-history.component';
import { MeasureDetailContext, type MunicipalityNames } from './measure-detail-context';
import { MeasureOverviewComponent } from './overview/measure-overview.component';
import { MeasureParticipantsComponent } from './participants/measure-participants.component';
import { MeasureStatusComponent } from './status/measure-status.component';

/** The page's own tabs, in order; the id is also the `fane` query parameter. */
export const MEASURE_TABS = [
  'oversikt',
  'status',
  'deltakere',
  'avhengigheter',
  'vedtak',
  'historikk',
] as const;
export type MeasureTab = (typeof MEASURE_TABS)[number];

const TAB_LABELS: Readonly<Record<MeasureTab, TranslationKey>> = {
  oversikt: 'measureDetail.tab.overview',
  status: 'measureDetail.tab.status',
  deltakere: 'measureDetail.tab.participants',
  avhengigheter: 'measureDetail.tab.dependencies',
  vedtak: 'measureDetail.tab.decisions',
  historikk: 'measureDetail.tab.history',
};

export interface TabView {
  /** The `fane` query parameter of one of the page's own tabs, or the path of a plugged-in one. */
  readonly id: string;
  readonly label: TranslationKey;
  /** Plugged in by another feature: a child route, shown in the page's router outlet. */
  readonly routed: boolean;
}

/**
 * The page's own tabs with the plugged-in ones (the child routes with MeasureTabRouteData), in the order given, each
 * placed after the tab it names (one of the page's own or an earlier plugged-in one; at the end if none).
 */
export function measureTabs(children: Routes): TabView[] {
  const tabs: TabView[] = MEASURE_TABS.map((id) => ({ id, label: TAB_LABELS[id], routed: false }));
  for (const route of children) {
    const tab = (route.data as Partial<MeasureTabRouteData> | undefined)?.measureTab;
    if (!tab || !route.path) continue;
    const after = tabs.findIndex((other) => other.id === tab.after);
    tabs.splice(after === -1 ? tabs.length : after + 1, 0, {
      id: route.path,
      label: tab.label,
      routed: true,
    });
  }
  return tabs;
}

/**
 * `/tiltak/:code`: one measure with its tabs (WAI-ARIA tabs: arrow keys, Home and End move between the tabs,
 * which activate as they get focus). The page's own tabs are kept in the address as `?fane=`; the tabs other
 * features plug in are child routes (`/tiltak/T7/okonomi`), shown in the router outlet, and get the measure from
 * MeasureTabContext. An old address of a plugged-in tab (`?fane=okonomi`) leads to its route.
 */
@Component({
  selector: 'sb-measure-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DetailPageComponent,
    RouterOutlet,
    MeasureOverviewComponent,
    MeasureStatusComponent,
    MeasureParticipantsComponent,
    MeasureDependenciesComponent,
    MeasureDecisionsComponent,
    MeasureHistoryComponent,
    MeasureReadinessComponent,
    MeasureSteeringComponent,
    MeasureCooperatingNetworksComponent,
  ],
  providers: [
    MeasureDetailContext,
    { provide: MeasureTabContext, useExisting: forwardRef(() => MeasureDetailPageComponent) },
  ],
  templateUrl: './measure-detail-page.component.html',
  styleUrl: './measure-detail-page.component.css',
})
export class MeasureDetailPageComponent implements MeasureTabContext {
  /** The measure's code, from the route. */
  readonly code = input('');
  /** The chosen tab of the page's own, from the query string (`?fane=status`). */
  readonly fane = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute, { optional: true });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly detailQuery = inject(MeasureDetailGQL);

  protected readonly t = this.i18n.t;
  protected readonly tabs = measureTabs(this.route?.routeConfig?.children ?? []);
  protected readonly ownTabs = MEASURE_TABS;
  protected readonly hasRoutedTabs = this.tabs.some((tab) => tab.routed);

  /** The plugged-in tab whose child route is active (in the outlet), if any. */
  protected readonly routedTab = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.activeRoutedTab()),
    ),
    { initialValue: this.activeRoutedTab() },
  );

  /** The tab the address names. */
  private readonly addressedTab = computed(() => {
    const routed = this.routedTab();
    if (routed) return routed;
    const fane = this.fane();
    return this.tabs.some((tab) => tab.id === fane) ? (fane as string) : MEASURE_TABS[0];
  });
  /** The selected tab: set at once by a click or key, then follows the address. */
  protected readonly selected = linkedSignal(() => this.addressedTab());

  private readonly requestedCode = computed(() => this.code().trim().toUpperCase());
  private readonly queryRef = computed(() =>
    this.detailQuery.watch({
      variables: { regionSlug: DEFAULT_REGION_SLUG, code: this.requestedCode() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));

  /** The latest complete measure of the requested code, kept while it is fetched again. */
  private readonly current = linkedSignal<
    ReturnType<typeof this.result>,
    MeasureDetailQuery['measure'] | undefined
  >({
    source: this.result,
    computation: (result, previous) => {
      if (result?.dataState === 'complete') return result.data.measure;
      const kept = previous?.value;
      return kept && kept.code === this.requestedCode() ? kept : undefined;
    },
  });

  /** The measure as the plugged-in tabs get it (MeasureTabContext). */
  readonly measure = computed<MeasureTabMeasure | undefined>(() => {
    const measure = this.current();
    return measure
      ? {
          id: measure.id,
          code: measure.code,
          title: measure.title,
          networkId: measure.network.id,
          viewerCanEdit: measure.viewerCanEdit,
        }
      : undefined;
  });

  private readonly municipalitiesResult = toSignal(
    inject(PortfolioMunicipalitiesGQL).watch({ variables: { slug: DEFAULT_REGION_SLUG } }).valueChanges,
  );
  protected readonly municipalityNames = computed<MunicipalityNames>(() => {
    const result = this.municipalitiesResult();
    const nodes = result?.dataState === 'complete' ? result.data.region.municipalities.nodes : [];
    return new Map(nodes.map((m) => [m.number, m.name]));
  });

  protected readonly state = computed(() => {
    const measure = this.current();
    if (measure) {
      return {
        kind: 'ready' as const,
        measure,
        canEdit: measure.viewerCanEdit,
        status: statusLabel(measure.status, this.i18n.language()),
      };
    }
    const result = this.result();
    if (result?.error && !result.loading) {
      const notFound = toApiError(result.error).code === 'NOT_FOUND';
      return {
        kind: 'error' as const,
        heading: this.t(notFound ? 'measureDetail.notFound' : 'measureDetail.errorHeading'),
        message: notFound
          ? this.t('measureDetail.notFoundText', { code: this.requestedCode() })
          : queryErrorText(result.error, this.i18n),
      };
    }
    return { kind: 'loading' as const };
  });

  constructor() {
    inject(MeasureDetailContext).reload = () => this.reload();
    // An address from before a tab became a child route (`/tiltak/T7?fane=okonomi`) leads to its route.
    effect(() => {
      const fane = this.fane();
      if (this.tabs.some((tab) => tab.routed && tab.id === fane) && !this.routedTab()) {
        untracked(() => this.navigate({ id: fane as string, routed: true }));
      }
    });
  }

  /** Fetches the measure again from the server. */
  async reload(): Promise<void> {
    await this.queryRef().refetch();
  }

  /** The id of a tab's panel: the plugged-in tabs share the one with the router outlet. */
  protected panelId(tab: TabView): string {
    return `measure-panel-${tab.routed ? 'routed' : tab.id}`;
  }

  protected select(tab: TabView): void {
    if (this.selected() === tab.id) return;
    this.selected.set(tab.id);
    this.navigate(tab);
  }

  /** Arrow keys move to the previous/next tab (wrapping), Home/End to the first/last; the tab activates. */
  protected onTabKeydown(event: KeyboardEvent, index: number): void {
    const last = this.tabs.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = index === last ? 0 : index + 1;
        break;
      case 'ArrowLeft':
        next = index === 0 ? last : index - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    const tab = this.tabs[next];
    this.select(tab);
    this.host.nativeElement.querySelector<HTMLElement>(`#measure-tab-${tab.id}`)?.focus();
  }

  /** A plugged-in tab: its child route; one of the page's own: the page's address with `?fane=` (none for the first). */
  private navigate(tab: Pick<TabView, 'id' | 'routed'>): void {
    const fane = tab.routed || tab.id === MEASURE_TABS[0] ? null : tab.id;
    this.router
      .navigate(tab.routed ? [tab.id] : ['.'], {
        relativeTo: this.route,
        queryParams: { fane },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      // A tab that may not be left yet (unsaved changes the user kept) stays selected.
      .then((navigated) => {
        if (!navigated) this.selected.set(this.addressedTab());
      })
      .catch((error: unknown) => console.error('Navigation failed', error));
  }

  private activeRoutedTab(): string | undefined {
    const path = this.route?.firstChild?.routeConfig?.path;
    return this.tabs.some((tab) => tab.routed && tab.id === path) ? path : undefined;
  }
}
