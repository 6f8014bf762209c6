import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  DEFAULT_REGION_SLUG,
  I18nService,
  queryErrorText,
  toApiError,
  type TranslationKey,
} from '@samarbeid/web/data-access';
import {
  MeasureDetailGQL,
  type MeasureDetailQuery,
  PortfolioMunicipalitiesGQL,
} from '@samarbeid/web/graphql';
import { switchMap } from 'rxjs';

import { statusLabel } from '../shared/labels';
import { MeasureBenefitsComponent } from './benefits/measure-benefits.component';
import { MeasureDecisionsComponent } from './decisions/measure-decisions.component';
import { MeasureDependenciesComponent } from './dependencies/measure-dependencies.component';
import { MeasureEconomicsComponent } from './economics/measure-economics.component';
import { MeasureHistoryComponent } from './history/measure-history.component';
import { MeasureDetailContext, type MunicipalityNames } from './measure-detail-context';
import { MeasureOverviewComponent } from './overview/measure-overview.component';
import { MeasureParticipantsComponent } from './participants/measure-participants.component';
import { MeasureStatusComponent } from './status/measure-status.component';

/** The tabs, in order; the id is also the `fane` query parameter. */
export const MEASURE_TABS = [
  'oversikt',
  'status',
  'deltakere',
  'okonomi',
  'gevinster',
  'avhengigheter',
  'vedtak',
  'historikk',
] as const;
export type MeasureTab = (typeof MEASURE_TABS)[number];

const TAB_LABELS: Readonly<Record<MeasureTab, TranslationKey>> = {
  oversikt: 'measureDetail.tab.overview',
  status: 'measureDetail.tab.status',
  deltakere: 'measureDetail.tab.participants',
  okonomi: 'economics.tab',
  gevinster: 'benefits.tab',
  avhengigheter: 'measureDetail.tab.dependencies',
  vedtak: 'measureDetail.tab.decisions',
  historikk: 'measureDetail.tab.history',
};

/** Tabs that fetch their own data: rendered once first opened, not with the page. */
const LAZY_TABS: ReadonlySet<MeasureTab> = new Set(['okonomi', 'gevinster']);

function isTab(value: string | undefined): value is MeasureTab {
  return (MEASURE_TABS as readonly (string | undefined)[]).includes(value);
}

/**
 * `/tiltak/:code`: one measure with its tabs (WAI-ARIA tabs: arrow keys, Home and End move between the tabs,
 * which activate as they get focus; the chosen tab is kept in the address as `?fane=`).
 */
@Component({
  selector: 'sb-measure-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MeasureOverviewComponent,
    MeasureStatusComponent,
    MeasureParticipantsComponent,
    MeasureEconomicsComponent,
    MeasureBenefitsComponent,
    MeasureDependenciesComponent,
    MeasureDecisionsComponent,
    MeasureHistoryComponent,
  ],
  providers: [MeasureDetailContext],
  templateUrl: './measure-detail-page.component.html',
  styleUrl: './measure-detail-page.component.css',
})
export class MeasureDetailPageComponent {
  /** The measure's code, from the route. */
  readonly code = input('');
  /** The chosen tab, from the query string (`?fane=status`). */
  readonly fane = input<string | undefined>(undefined);

  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute, { optional: true });
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly detailQuery = inject(MeasureDetailGQL);

  protected readonly t = this.i18n.t;
  protected readonly tabs = MEASURE_TABS;
  protected readonly tabLabels = TAB_LABELS;
  protected readonly selected = linkedSignal<MeasureTab>(() => {
    const tab = this.fane();
    return isTab(tab) ? tab : 'oversikt';
  });

  /** The tabs opened so far; a lazy tab stays rendered (with any half-done edit) once opened. */
  private readonly opened = linkedSignal<MeasureTab, ReadonlySet<MeasureTab>>({
    source: this.selected,
    computation: (tab, previous) => new Set([...(previous?.value ?? []), tab]),
  });

  private readonly requestedCode = computed(() => this.code().trim().toUpperCase());
  private readonly queryRef = computed(() =>
    this.detailQuery.watch({
      variables: { regionSlug: DEFAULT_REGION_SLUG, code: this.requestedCode() },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));

  /** The latest complete measure of the requested code, kept while it is fetched again. */
  private readonly measure = linkedSignal<
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

  private readonly municipalitiesResult = toSignal(
    inject(PortfolioMunicipalitiesGQL).watch({ variables: { slug: DEFAULT_REGION_SLUG } }).valueChanges,
  );
  protected readonly municipalityNames = computed<MunicipalityNames>(() => {
    const result = this.municipalitiesResult();
    const nodes = result?.dataState === 'complete' ? result.data.region.municipalities.nodes : [];
    return new Map(nodes.map((m) => [m.number, m.name]));
  });

  protected readonly state = computed(() => {
    const measure = this.measure();
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
  }

  /** Fetches the measure again from the server. */
  async reload(): Promise<void> {
    await this.queryRef().refetch();
  }

  /** Whether a tab's content is rendered: every tab with the page, except lazy ones until first opened. */
  protected rendered(tab: MeasureTab): boolean {
    return !LAZY_TABS.has(tab) || this.opened().has(tab);
  }

  protected select(tab: MeasureTab): void {
    if (this.selected() === tab) return;
    this.selected.set(tab);
    this.router
      .navigate([], {
        relativeTo: this.route,
        queryParams: { fane: tab === 'oversikt' ? null : tab },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      })
      .catch((error: unknown) => console.error('Navigation failed', error));
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
    this.host.nativeElement.querySelector<HTMLElement>(`#measure-tab-${tab}`)?.focus();
  }
}
