import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { REPORT_RAG_LABELS, STATUS_REPORT_STATE_LABELS, statusReportPath } from '@samarbeid/shared/domain';
import {
  DEFAULT_REGION_SLUG,
  errorText,
  I18nService,
  queryErrorText,
  runMutation,
} from '@samarbeid/web/data-access';
import { CarryOverActionPlanGQL, SetActionPlanGQL, StrategyMeasuresGQL } from '@samarbeid/web/graphql';
import {
  FORM_KIT,
  injectFocusAfterRender,
  injectSaveStatus,
  ItemActionsComponent,
  refusalOf,
} from '@samarbeid/web/ui';
import { EMPTY, switchMap } from 'rxjs';

import {
  actionPlanInput,
  addPlanItem,
  canCarryOver,
  movePlanItem,
  type PlanItem,
  planFor,
  planYears,
  removePlanItem,
  samePlan,
  savedPlans,
} from './action-plan';
import { StrategyStore } from './strategy-store';

/** Every measure of the region fits in one page. */
const ALL_MEASURES = 200;

/**
 * The yearly action plan (handlingsplan): for a chosen year of the strategy period, the measures in priority
 * order, each with the newest status report on it. Editors add measures, remove them and move them up or down, and
 * save the year with "Lagre handlingsplan", or start next year's plan from this year's unfinished measures; everyone
 * else reads every year's plan.
 */
@Component({
  selector: 'sb-strategy-action-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, ItemActionsComponent, NgTemplateOutlet, RouterLink],
  templateUrl: './strategy-action-plan.component.html',
  styleUrl: './strategy-action-plan.component.css',
})
export class StrategyActionPlanComponent {
  readonly editable = input(false);

  private readonly i18n = inject(I18nService);
  private readonly store = inject(StrategyStore);
  private readonly setActionPlan = inject(SetActionPlanGQL);
  private readonly carryOverMutation = inject(CarryOverActionPlanGQL);
  private readonly measuresQuery = inject(StrategyMeasuresGQL);
  private readonly focus = injectFocusAfterRender();

  protected readonly t = this.i18n.t;
  /** The years of the period; equal as long as the period is (so the chosen year stays). */
  protected readonly years = computed(
    () => {
      const strategy = this.store.strategy();
      return strategy ? planYears(strategy) : [];
    },
    { equal: (a, b) => a.join() === b.join() },
  );
  /** The year being planned: the first of the period until the user chooses another. */
  protected readonly year = linkedSignal(() => this.years()[0] ?? 0);
  /** The year's measures in priority order: the saved plan, after a year change or a reload. */
  protected readonly items = linkedSignal<string, readonly PlanItem[]>({
    source: () => `${this.store.generation()}:${this.year()}`,
    computation: () => untracked(this.savedItems),
  });
  private readonly savedItems = computed(() => {
    const strategy = this.store.strategy();
    return strategy ? planFor(strategy, this.year()) : [];
  });
  protected readonly dirty = computed(() => !samePlan(this.items(), this.savedItems()));
  protected readonly chosen = signal('');
  protected readonly chooseError = signal(false);
  /** The year whose plan was saved last. */
  private readonly savedYear = signal(0);
  /** How many measures the last carry-over took along. */
  private readonly carried = signal(0);
  protected readonly status = injectSaveStatus('plan-feedback', () => ({
    notices: {
      saved: this.t('actionPlan.saved', { year: this.savedYear().toString() }),
      carried: this.t('actionPlan.carried', {
        year: (this.savedYear() - 1).toString(),
        next: this.savedYear().toString(),
        count: this.carried(),
      }),
    },
    conflictHeading: this.t('strategy.conflictHeading'),
    reload: this.t('strategy.reload'),
    errorHeading: this.t('actionPlan.errorHeading'),
  }));
  protected readonly announcement = signal('');

  /** The region's measures (fetched only for editors). */
  private readonly measuresResult = toSignal(
    toObservable(this.editable).pipe(
      switchMap((editable) =>
        editable
          ? this.measuresQuery.watch({ variables: { regionSlug: DEFAULT_REGION_SLUG, first: ALL_MEASURES } })
              .valueChanges
          : EMPTY,
      ),
    ),
  );
  /** Measures that can be added: those not in the year's plan yet. */
  protected readonly choices = computed(() => {
    const result = this.measuresResult();
    if (result?.dataState !== 'complete') {
      return {
        measures: [],
        error: result?.error && !result.loading ? queryErrorText(result.error, this.i18n) : undefined,
      };
    }
    const planned = new Set(this.items().map((item) => item.code));
    return {
      measures: result.data.measures.nodes.filter((measure) => !planned.has(measure.code)),
      error: undefined,
    };
  });

  /** Whether the chosen year's saved plan can start next year's (next year in the period and still empty). */
  protected readonly carryable = computed(() => {
    const strategy = this.store.strategy();
    return strategy ? canCarryOver(strategy, this.year()) && !this.dirty() : false;
  });

  /** The newest status report on each measure of the plans, by code: what the item shows, as words and a link. */
  protected readonly reports = computed(() => {
    const language = this.i18n.language();
    const result = new Map<string, { text: string; link: string }>();
    for (const item of this.store.strategy()?.actionPlan ?? []) {
      const report = item.latestReport;
      if (!report || result.has(item.measure.code)) continue;
      const parts = [
        STATUS_REPORT_STATE_LABELS[report.state][language],
        ...(report.rag ? [REPORT_RAG_LABELS[report.rag][language]] : []),
        ...(report.progressPercent === null ? [] : [`${report.progressPercent} %`]),
      ];
      result.set(item.measure.code, {
        text: this.t('actionPlan.report', { period: report.periodName, status: parts.join(' · ') }),
        link: statusReportPath(report.periodId, report.reportId),
      });
    }
    return result;
  });

  /** Every year's saved plan, for reading. */
  protected readonly plans = computed(() => {
    const strategy = this.store.strategy();
    return strategy ? savedPlans(strategy) : [];
  });

  constructor() {
    effect(() => this.store.planDirty.set(this.editable() && this.dirty()));
  }

  protected onYear(event: Event): void {
    this.year.set(Number((event.target as HTMLSelectElement).value));
    this.status.clearFeedback();
  }

  protected onChoose(event: Event): void {
    this.chosen.set((event.target as HTMLSelectElement).value);
    this.chooseError.set(false);
  }

  protected add(): void {
    const measure = this.choices().measures.find((m) => m.code === this.chosen());
    if (!measure) {
      this.chooseError.set(true);
      this.focus('#plan-measure');
      return;
    }
    this.items.update((items) => addPlanItem(items, { code: measure.code, title: measure.title }));
    this.chosen.set('');
    this.status.clearFeedback();
    this.announcement.set(this.t('actionPlan.added', { code: measure.code, priority: this.items().length }));
    this.focus('#plan-measure');
  }

  protected remove(index: number): void {
    const item = this.items()[index];
    this.items.update((items) => removePlanItem(items, index));
    this.status.clearFeedback();
    this.announcement.set(this.t('actionPlan.removed', { code: item.code }));
    const next = this.items()[Math.min(index, this.items().length - 1)];
    this.focus(next ? `#plan-${next.code}-remove` : '#plan-measure');
  }

  protected move(index: number, delta: -1 | 1): void {
    const item = this.items()[index];
    this.items.update((items) => movePlanItem(items, index, delta));
    this.status.clearFeedback();
    const priority = index + delta + 1;
    this.announcement.set(this.t('actionPlan.moved', { code: item.code, priority }));
    const atEnd = delta < 0 ? priority === 1 : priority === this.items().length;
    const button = atEnd ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down';
    this.focus(`#plan-${item.code}-${button}`);
  }

  protected async save(): Promise<void> {
    const strategy = this.store.strategy();
    if (this.status.saving() || !strategy) return;
    const year = this.year();
    this.status.clearFeedback();
    const outcome = await this.status.send(() =>
      runMutation(
        this.setActionPlan.mutate({
          variables: { input: actionPlanInput(strategy.id, this.store.version(), year, this.items()) },
        }),
      ),
    );
    if (outcome.ok) {
      const saved = outcome.data.setActionPlan;
      this.store.saved(saved.version);
      this.items.set(planFor(saved, year));
      this.savedYear.set(year);
      this.status.tell('saved');
    } else {
      this.status.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
    }
  }

  /** Starts next year's plan from the chosen year's unfinished measures, and shows it. */
  protected async carryOver(): Promise<void> {
    const strategy = this.store.strategy();
    if (this.status.saving() || !strategy) return;
    const year = this.year();
    this.status.clearFeedback();
    const outcome = await this.status.send(() =>
      runMutation(
        this.carryOverMutation.mutate({
          variables: { input: { strategyId: strategy.id, version: this.store.version(), fromYear: year } },
        }),
      ),
    );
    if (outcome.ok) {
      const saved = outcome.data.carryOverActionPlan;
      this.store.saved(saved.version);
      this.year.set(year + 1);
      this.items.set(planFor(saved, year + 1));
      this.carried.set(this.items().length);
      this.savedYear.set(year + 1);
      this.status.tell('carried');
    } else {
      this.status.refuse(refusalOf(outcome.error, errorText(outcome.error, this.i18n)));
    }
  }

  protected async reload(): Promise<void> {
    await this.store.reload();
    this.status.clearFeedback();
  }
}
