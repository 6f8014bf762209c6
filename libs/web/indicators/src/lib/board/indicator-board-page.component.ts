import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { DEFAULT_REGION_SLUG, I18nService } from '@samarbeid/web/data-access';
import { type IndicatorScope, IndicatorScopeBoardGQL } from '@samarbeid/web/graphql';
import { switchMap } from 'rxjs';

import { boardState } from '../scope/board-state';
import { ScopeBoardComponent, type ScopeBoardView } from '../scope/scope-board.component';

/**
 * A KPI table page: a strategy's indicators (`/indikatorer/strategi/:id`), a network's (`/indikatorer/nettverk/:id`:
 * its strategies' goals, its measures and their benefits), the region's (`/indikatorer/region`: all of them) or a KPI
 * set's (`/indikatorer/sett/:id`). The table (indicator, base year and value, latest, target, trend arrow, status) for
 * the region or one municipality with an Excel download; per indicator a line chart with the target path (and the
 * KOSTRA group average where linked), its values, and the form to record a value.
 */
@Component({
  selector: 'sb-indicator-board-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ScopeBoardComponent],
  template: `
    <p>
      <a class="ds-link" routerLink="/indikatorer">{{ t('board.back') }}</a>
    </p>
    @let page = state();
    @switch (page.kind) {
      @case ('loading') {
        <h1 class="ds-heading" data-size="lg">{{ t('board.title') }}</h1>
        <p class="ds-paragraph" role="status">{{ t('board.loading') }}</p>
      }
      @case ('error') {
        <h1 class="ds-heading" data-size="lg">{{ t('board.title') }}</h1>
        <div class="ds-alert" data-color="danger" role="alert">
          <h2 class="ds-heading" data-size="2xs">{{ t('board.errorHeading') }}</h2>
          <p class="ds-paragraph">{{ page.message }}</p>
        </div>
      }
      @case ('ready') {
        <h1 class="ds-heading" data-size="lg">{{ page.board.title }}</h1>
        <p class="ds-paragraph">{{ intro(page.board) }}</p>
        <sb-scope-board [board]="page.board" (changed)="refetch()" />
      }
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-4);
    }
  `,
})
export class IndicatorBoardPageComponent {
  /** What the page lists (route data; the router binds undefined where a route has none): a strategy's unless told. */
  readonly scope = input<IndicatorScope | undefined>('STRATEGY');
  /** The strategy's, network's or set's id (route parameter); the region's short name for the region. */
  readonly id = input<string | undefined>('');

  private readonly i18n = inject(I18nService);
  private readonly boardQuery = inject(IndicatorScopeBoardGQL);
  protected readonly t = this.i18n.t;

  private readonly queryRef = computed(() =>
    this.boardQuery.watch({
      variables: { scope: this.scope() ?? 'STRATEGY', id: this.id() || DEFAULT_REGION_SLUG },
      fetchPolicy: 'cache-and-network',
    }),
  );
  private readonly result = toSignal(toObservable(this.queryRef).pipe(switchMap((ref) => ref.valueChanges)));

  protected readonly state = computed(() => boardState(this.result(), this.i18n));

  protected intro(board: ScopeBoardView): string {
    switch (board.scope) {
      case 'STRATEGY':
        return this.t('board.intro', { network: board.networkName ?? '', region: board.regionName });
      case 'KPI_SET': {
        const owner = board.municipalityNumber
          ? (board.municipalities.find((m) => m.number === board.municipalityNumber)?.name ?? '')
          : board.regionName;
        return this.t('scope.intro.KPI_SET', { owner });
      }
      default:
        return this.t(board.scope === 'NETWORK' ? 'scope.intro.NETWORK' : 'scope.intro.REGION', {
          region: board.regionName,
        });
    }
  }

  protected refetch(): void {
    this.queryRef()
      .refetch()
      .catch((error: unknown) => console.error('Could not fetch the indicators again', error));
  }
}
