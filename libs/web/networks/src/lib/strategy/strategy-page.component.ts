import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { AuthService, I18nService, queryErrorText, toApiError } from '@samarbeid/web/data-access';
import { StrategyDetailGQL } from '@samarbeid/web/graphql';
import { DetailPageComponent } from '@samarbeid/web/ui';
import { switchMap } from 'rxjs';

import { STRATEGY_STATUS_LABELS } from '../shared/labels';
import { StrategyActionPlanComponent } from './strategy-action-plan.component';
import { StrategyContentComponent } from './strategy-content.component';
import { StrategyStatusComponent } from './strategy-status.component';
import { strategyAccess, StrategyStore } from './strategy-store';

/**
 * `/nettverk/:id/strategi/:strategyId`: a network's strategy. Its status and the steps the user may take, its
 * content (title, period, goals with indicators) and its yearly action plans; editable by the network's leader
 * and the secretariat while a draft or on consultation, read only for everyone else and once adopted.
 */
@Component({
  selector: 'sb-strategy-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DetailPageComponent,
    StrategyStatusComponent,
    StrategyContentComponent,
    StrategyActionPlanComponent,
  ],
  providers: [StrategyStore],
  templateUrl: './strategy-page.component.html',
  styles: `
    :host {
      display: block;
    }
  `,
})
export class StrategyPageComponent {
  /** The network's id, from the route. */
  readonly id = input('');
  /** The strategy's id, from the route. */
  readonly strategyId = input('');

  private readonly i18n = inject(I18nService);
  private readonly user = inject(AuthService).user;
  private readonly store = inject(StrategyStore);
  private readonly detailQuery = inject(StrategyDetailGQL);

  protected readonly t = this.i18n.t;

  // Fetched from the server each time the page opens, so edits start from the saved version.
  private readonly queryRef = computed(() =>
    this.detailQuery.watch({ variables: { id: this.strategyId() }, fetchPolicy: 'network-only' }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed(() => {
    const strategy = this.store.strategy();
    if (strategy && strategy.id === this.strategyId()) {
      const adoptedBy = strategy.adoptedBy;
      return {
        kind: 'ready' as const,
        strategy,
        status: this.t(STRATEGY_STATUS_LABELS[strategy.status]),
        period: this.t('strategy.period', {
          from: String(strategy.periodFrom),
          to: String(strategy.periodTo),
        }),
        adoptedBy: adoptedBy
          ? this.t('strategy.adoptedByText', {
              caseReference: adoptedBy.caseReference,
              date: this.i18n.date(adoptedBy.decidedOn),
            })
          : undefined,
        access: strategyAccess(this.user(), strategy),
      };
    }
    const result = this.result();
    if (result?.error && !result.loading) {
      const notFound = toApiError(result.error).code === 'NOT_FOUND';
      return {
        kind: 'error' as const,
        heading: this.t(notFound ? 'strategy.notFound' : 'strategy.errorHeading'),
        message: notFound ? this.t('strategy.notFoundText') : queryErrorText(result.error, this.i18n),
      };
    }
    return { kind: 'loading' as const };
  });

  constructor() {
    effect(() => {
      const result = this.result();
      if (result?.dataState !== 'complete') return;
      const strategy = result.data.strategy;
      const first = this.store.strategy()?.id !== strategy.id;
      this.store.strategy.set(strategy);
      // The version edits are based on: as fetched; then moved on by this page's own saves.
      if (first) this.store.version.set(strategy.version);
    });
    this.store.reload = () => this.reload();
  }

  /** Fetches the strategy again; the editors start over from it. */
  private async reload(): Promise<void> {
    const result = await this.queryRef().refetch();
    const strategy = result.data?.strategy;
    if (!strategy) return;
    this.store.strategy.set(strategy);
    this.store.version.set(strategy.version);
    this.store.generation.update((generation) => generation + 1);
  }
}
