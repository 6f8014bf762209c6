import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import {
  COLLABORATION_TIER_LABELS,
  COLLABORATION_TIERS,
  type CollaborationTier,
  MEASURE_STATUS_LABELS,
  MEASURE_STATUSES,
  type MeasureStatus,
} from '@samarbeid/shared/domain';
import {
  DEFAULT_REGION_SLUG,
  DownloadButtonComponent,
  I18nService,
  queryErrorText,
  refetchOnRegionChange,
} from '@samarbeid/web/data-access';
import { PlanGQL } from '@samarbeid/web/graphql';
import {
  type DataTableColumn,
  DataTableComponent,
  type DataTableSort,
  FORM_KIT,
  GANTT_COLOURS,
  GANTT_ENGINE,
  GanttComponent,
  type GanttScale,
  injectFocusAfterRender,
  ListPageComponent,
  sortRows,
} from '@samarbeid/web/ui';

import { PlanCalendarComponent } from './plan-calendar.component';
import { PlanEditorComponent } from './plan-editor.component';
import { PlanManageComponent } from './plan-manage.component';
import {
  barIdOfRow,
  type ColourBy,
  colourOf,
  ganttSpecOf,
  type GroupBy,
  MOBILISATION_COLOUR,
  type PlanBarData,
  type PlanData,
  STATUS_COLOUR,
} from './plan-view';

/** Rows of the table at a time. */
const PAGE = 50;

const MOBILISATION_NAMES: Readonly<Record<string, { nb: string; en: string }>> = {
  GREEN: { nb: 'Grønn', en: 'Green' },
  YELLOW: { nb: 'Gul', en: 'Yellow' },
  RED: { nb: 'Rød', en: 'Red' },
};

/**
 * `/plan`: the implementation plan (gjennomføringsplan) of the region as a Gantt chart and, beside it, the same
 * measures as a sortable table whose rows open the keyboard editor (dates, resources, milestones). Filters, grouping,
 * colour and zoom; the broken dependencies and the months over capacity; a chosen baseline's slips and "what moved";
 * the Excel sheet and a calendar feed. The secretariat freezes baselines and sets capacities.
 */
@Component({
  selector: 'sb-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    FORM_KIT,
    DataTableComponent,
    ListPageComponent,
    GanttComponent,
    DownloadButtonComponent,
    PlanEditorComponent,
    PlanCalendarComponent,
    PlanManageComponent,
  ],
  templateUrl: './plan-page.component.html',
  styleUrl: './plan-page.component.css',
})
export class PlanPageComponent {
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly plural = this.i18n.plural;
  protected readonly date = this.i18n.date;
  protected readonly tiers = COLLABORATION_TIERS;
  protected readonly statuses = MEASURE_STATUSES;
  protected readonly zooms: readonly GanttScale[] = ['month', 'quarter', 'year'];
  protected get none(): string {
    return this.t('plan.none');
  }
  protected readonly groupings: readonly GroupBy[] = ['network', 'tier', 'municipality'];
  protected readonly colourings: readonly ColourBy[] = ['status', 'mobilisation'];
  protected readonly groupKey = {
    network: 'plan.groupBy.network',
    tier: 'plan.groupBy.tier',
    municipality: 'plan.groupBy.municipality',
  } as const satisfies Record<GroupBy, string>;
  protected readonly colourKey = {
    status: 'plan.colourBy.status',
    mobilisation: 'plan.colourBy.mobilisation',
  } as const satisfies Record<ColourBy, string>;
  protected readonly zoomKey = {
    month: 'plan.zoom.month',
    quarter: 'plan.zoom.quarter',
    year: 'plan.zoom.year',
  } as const satisfies Record<GanttScale, string>;
  protected readonly changeKey = {
    MOVED: 'plan.change.MOVED',
    NEW: 'plan.change.NEW',
    REMOVED: 'plan.change.REMOVED',
  } as const;

  protected readonly network = signal('');
  protected readonly municipality = signal('');
  protected readonly tier = signal('');
  protected readonly status = signal('');
  protected readonly baselineId = signal('');
  protected readonly groupBy = signal<GroupBy>('network');
  protected readonly colourBy = signal<ColourBy>('status');
  protected readonly zoom = signal<GanttScale>('quarter');
  protected readonly selectedId = signal<string | null>(null);
  protected readonly sort = signal<DataTableSort | null>(null);
  /** The table shows this many rows, more on request (the chart shows them all). */
  protected readonly shownCount = signal(PAGE);

  private readonly variables = computed(() => ({
    regionSlug: DEFAULT_REGION_SLUG,
    networkIds: this.network() ? [this.network()] : null,
    municipalityNumber: this.municipality() || null,
    tiers: this.tier() ? [this.tier()] : null,
    statuses: this.status() ? [this.status()] : null,
    baselineId: this.baselineId() || null,
  }));
  private readonly queryRef = inject(PlanGQL).watch({
    variables: untracked(this.variables),
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.queryRef.valueChanges);
  protected readonly live = refetchOnRegionChange(DEFAULT_REGION_SLUG, () => this.queryRef.refetch());
  private lastPlan: PlanData | null = null;

  protected readonly state = computed(() => {
    const result = this.result();
    if (result?.dataState === 'complete') {
      this.lastPlan = result.data.plan;
      return { kind: 'ready' as const, plan: result.data.plan };
    }
    if (result?.error && !result.loading) {
      return { kind: 'error' as const, message: queryErrorText(result.error, this.i18n) };
    }
    // While new filters load, the last plan stays on the page.
    return this.lastPlan ? { kind: 'ready' as const, plan: this.lastPlan } : { kind: 'loading' as const };
  });
  protected readonly plan = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.plan : null;
  });
  protected readonly filtered = computed(
    () => !!(this.network() || this.municipality() || this.tier() || this.status()),
  );

  private readonly groupLabels = computed(() => {
    const language = this.i18n.language();
    const names = new Map((this.plan()?.municipalities ?? []).map((m) => [m.number, m.name]));
    return {
      tier: (tier: string) => COLLABORATION_TIER_LABELS[tier as CollaborationTier]?.[language] ?? tier,
      municipality: (number: string) => names.get(number) ?? number,
      noMunicipality: this.t('plan.group.none'),
    };
  });
  protected readonly spec = computed(() => {
    const plan = this.plan();
    if (!plan) return null;
    return ganttSpecOf(
      plan,
      {
        groupBy: this.groupBy(),
        colourBy: this.colourBy(),
        zoom: this.zoom(),
        todayLabel: this.t('plan.today'),
        compare: plan.baseline !== null,
      },
      this.groupLabels(),
    );
  });
  protected readonly summary = computed(() => {
    const plan = this.plan();
    const spec = this.spec();
    if (!plan || !spec) return '';
    return this.t('plan.chart.summary', {
      count: plan.bars.length,
      from: this.date(spec.from),
      to: this.date(spec.to),
      group: this.t(this.groupKey[this.groupBy()]).toLowerCase(),
      colour: this.t(this.colourKey[this.colourBy()]).toLowerCase(),
      conflicts: plan.conflicts.length,
      overloads: plan.overloads.length,
    });
  });
  protected readonly legend = computed(() => {
    const language = this.i18n.language();
    const entries =
      this.colourBy() === 'status'
        ? Object.entries(STATUS_COLOUR).map(([status, colour]) => ({
            label: MEASURE_STATUS_LABELS[status as MeasureStatus][language],
            colour,
          }))
        : [
            ...Object.entries(MOBILISATION_COLOUR).map(([rating, colour]) => ({
              label: MOBILISATION_NAMES[rating]?.[language] ?? rating,
              colour,
            })),
            { label: this.t('plan.mobilisation.none'), colour: 'muted' as const },
          ];
    return entries.map((entry) => ({
      ...entry,
      fill: GANTT_COLOURS[entry.colour].fill,
      border: GANTT_COLOURS[entry.colour].progress,
    }));
  });

  protected readonly columns = computed<readonly DataTableColumn[]>(() => [
    { key: 'code', label: this.t('plan.col.code'), sortable: true },
    { key: 'title', label: this.t('plan.col.title'), sortable: true },
    { key: 'network', label: this.t('plan.col.network'), sortable: true },
    { key: 'status', label: this.t('plan.col.status'), sortable: true },
    { key: 'mobilisation', label: this.t('plan.col.mobilisation'), sortable: true },
    { key: 'start', label: this.t('plan.col.start'), sortable: true },
    { key: 'end', label: this.t('plan.col.end'), sortable: true },
    { key: 'progress', label: this.t('plan.col.progress'), sortable: true, align: 'end' },
    { key: 'milestones', label: this.t('plan.col.milestones') },
    { key: 'flags', label: this.t('plan.col.flags') },
    ...(this.plan()?.baseline
      ? [{ key: 'slip', label: this.t('plan.col.slip'), sortable: true, align: 'end' as const }]
      : []),
    { key: 'actions', label: this.t('plan.col.actions') },
  ]);
  protected readonly slipOf = computed(
    () =>
      new Map((this.plan()?.differences ?? []).map((d) => [d.measureId, d.endSlipDays ?? d.startSlipDays])),
  );
  /** The table's rows, every text worked out once per answer (531 rows are drawn once, not recomputed per check). */
  protected readonly rows = computed(() => {
    const bars = sortRows(this.plan()?.bars ?? [], this.sort(), {
      code: (bar) => bar.code,
      title: (bar) => bar.title,
      network: (bar) => bar.networkName,
      status: (bar) => this.statusName(bar.status),
      mobilisation: (bar) => bar.mobilisation ?? '',
      start: (bar) => bar.startDate,
      end: (bar) => bar.endDate,
      progress: (bar) => bar.progressPercent,
      slip: (bar) => this.slipOf().get(bar.id) ?? null,
    });
    const codeOf = this.codeOf();
    const slips = this.slipOf();
    return bars.slice(0, this.shownCount()).map((bar) => ({
      id: bar.id,
      code: bar.code,
      link: ['/tiltak', bar.code],
      title: bar.title,
      sub: bar.parentId ? this.t('plan.sub', { code: codeOf.get(bar.parentId) ?? '' }) : null,
      network: bar.networkName,
      colour: this.colour(bar),
      status: this.statusName(bar.status),
      mobilisation: this.mobilisationName(bar.mobilisation),
      start: this.day(bar.startDate),
      end: this.day(bar.endDate),
      progress: bar.progressPercent === null ? this.none : `${bar.progressPercent} %`,
      milestones: bar.milestones.map((m) =>
        this.t('plan.milestone.item', { date: this.day(m.date), name: m.name }),
      ),
      flags: bar.flags.map((flag) => ({
        text: this.flagText(bar, flag),
        colour: flag === 'DEPENDENCY_CONFLICT' ? 'danger' : 'warning',
      })),
      slip: this.slip(slips.get(bar.id)),
      edit: this.t('plan.edit', { code: bar.code }),
    }));
  });
  protected readonly moreCount = computed(() =>
    Math.min(PAGE * 2, (this.plan()?.bars.length ?? 0) - this.shownCount()),
  );

  protected showMore(): void {
    const first = this.shownCount();
    this.shownCount.update((count) => count + PAGE * 2);
    this.focusAfterRender(`#plan-row-${first}`);
  }

  protected readonly selected = computed(() => {
    const id = this.selectedId();
    return id ? (this.plan()?.bars.find((bar) => bar.id === id) ?? null) : null;
  });
  protected readonly baselineName = computed(() => this.plan()?.baseline?.name ?? '');
  protected readonly codeOf = computed(() => new Map((this.plan()?.bars ?? []).map((b) => [b.id, b.code])));
  protected readonly exportPath = computed(() => {
    const query = [
      ...(this.network() ? [`nettverk=${this.network()}`] : []),
      ...(this.municipality() ? [`kommune=${this.municipality()}`] : []),
    ].join('&');
    return `plan/${DEFAULT_REGION_SLUG}.xlsx${query ? `?${query}` : ''}`;
  });

  constructor() {
    // The chart library is fetched while the plan is: the drawing does not wait for it afterwards.
    inject(GANTT_ENGINE)().catch(() => undefined);
    let first = true;
    effect(() => {
      const variables = this.variables();
      if (first) {
        first = false;
        return;
      }
      untracked(() => this.refetch(variables));
    });
    effect(() => {
      const result = this.result();
      if (result?.dataState === 'complete' && !result.loading) untracked(() => this.live.markUpdated());
    });
  }

  protected colour(bar: PlanBarData): string {
    return GANTT_COLOURS[colourOf(bar, this.colourBy())].fill;
  }

  protected statusName(status: string): string {
    return MEASURE_STATUS_LABELS[status as MeasureStatus]?.[this.i18n.language()] ?? status;
  }

  protected tierName(tier: string): string {
    return COLLABORATION_TIER_LABELS[tier as CollaborationTier]?.[this.i18n.language()] ?? tier;
  }

  protected mobilisationName(rating: string | null | undefined): string {
    return rating ? (MOBILISATION_NAMES[rating]?.[this.i18n.language()] ?? rating) : this.t('plan.none');
  }

  protected flagText(bar: PlanBarData, flag: string): string {
    return this.t(`plan.flag.${flag}` as 'plan.flag.EARLY_GAIN', { year: bar.firstBenefitYear ?? '' });
  }

  /** One formatter per language for the many dates of the plan (making one per date is slow at 531 rows). */
  private readonly dayFormat = computed(
    () =>
      new Intl.DateTimeFormat(this.i18n.language() === 'nb' ? 'nb-NO' : 'en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );

  protected day(value: string | null | undefined): string {
    if (!value) return this.none;
    const date = new Date(`${value}T12:00:00Z`);
    return Number.isNaN(date.getTime()) ? value : this.dayFormat().format(date);
  }

  protected month(value: string): string {
    return new Intl.DateTimeFormat(this.i18n.language() === 'nb' ? 'nb-NO' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${value}-01T12:00:00Z`));
  }

  protected slip(days: number | null | undefined): string {
    if (days === null || days === undefined) return this.t('plan.none');
    if (days === 0) return this.t('plan.days', { days: 0 });
    return days > 0
      ? this.t('plan.daysLater', { days })
      : this.t('plan.daysEarlier', { days: Math.abs(days) });
  }

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected openMeasure(rowId: string): void {
    const code = this.codeOf().get(barIdOfRow(rowId));
    if (code) void this.router.navigate(['/tiltak', code]);
  }

  protected clear(): void {
    this.network.set('');
    this.municipality.set('');
    this.tier.set('');
    this.status.set('');
  }

  protected retry(): void {
    this.refetch(this.variables());
  }

  private refetch(variables: ReturnType<typeof this.variables>): void {
    this.queryRef
      .refetch(variables)
      .catch((error: unknown) => console.error('Could not fetch the plan', error));
  }
}
