import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { I18nService, MeasureTabContext } from '@samarbeid/web/data-access';
import { IndicatorScopeBoardGQL } from '@samarbeid/web/graphql';
import { EMPTY, switchMap } from 'rxjs';

import { boardState } from '../scope/board-state';
import { ScopeBoardComponent } from '../scope/scope-board.component';

/**
 * The measure page's "Indikatorer" tab (`/tiltak/T7/indikatorer`): the indicators of the measure and of its benefits
 * — latest value, target, trend and status per indicator in the KPI table, with the Excel download — and, for the
 * secretariat and the network's leader, adding and removing them.
 */
@Component({
  selector: 'sb-measure-indicators-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScopeBoardComponent],
  template: `
    <h2 class="ds-heading" data-size="md">{{ t('measureIndicators.heading') }}</h2>
    @let page = state();
    @switch (page.kind) {
      @case ('loading') {
        <p class="ds-paragraph" role="status">{{ t('board.loading') }}</p>
      }
      @case ('error') {
        <div class="ds-alert" data-color="danger" role="alert">
          <h3 class="ds-heading" data-size="2xs">{{ t('board.errorHeading') }}</h3>
          <p class="ds-paragraph">{{ page.message }}</p>
        </div>
      }
      @case ('ready') {
        <p class="ds-paragraph">{{ t('measureIndicators.intro') }}</p>
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
export class MeasureIndicatorsTabComponent {
  private readonly measure = inject(MeasureTabContext).measure;
  private readonly i18n = inject(I18nService);
  private readonly boardQuery = inject(IndicatorScopeBoardGQL);
  protected readonly t = this.i18n.t;

  private readonly queryRef = computed(() => {
    const measure = this.measure();
    return measure
      ? this.boardQuery.watch({
          variables: { scope: 'MEASURE', id: measure.id },
          fetchPolicy: 'cache-and-network',
        })
      : null;
  });
  private readonly result = toSignal(
    toObservable(this.queryRef).pipe(switchMap((ref) => (ref ? ref.valueChanges : EMPTY))),
  );

  protected readonly state = computed(() => boardState(this.result(), this.i18n));

  protected refetch(): void {
    this.queryRef()
      ?.refetch()
      .catch((error: unknown) => console.error('Could not fetch the indicators again', error));
  }
}
