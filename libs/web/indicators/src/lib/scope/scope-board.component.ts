import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { errorText, I18nService, runMutation } from '@samarbeid/web/data-access';
import { type IndicatorScopeBoardQuery, RemoveIndicatorGQL } from '@samarbeid/web/graphql';
import { ConfirmService, FORM_KIT, injectFocusAfterRender, type SaveFeedback } from '@samarbeid/web/ui';

import type { IndicatorView } from '../board/indicator-view';
import { KpiBoardComponent } from '../board/kpi-board.component';
import { AddIndicatorComponent, type IndicatorHome } from './add-indicator.component';

export type ScopeBoardView = IndicatorScopeBoardQuery['indicatorScopeBoard'];

/**
 * A KPI table as the API answers it (`indicatorScopeBoard`), and, for those who manage a KPI set's or a measure's
 * indicators, adding one and removing one (asked first: its values go with it).
 */
@Component({
  selector: 'sb-scope-board',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FORM_KIT, KpiBoardComponent, AddIndicatorComponent],
  template: `
    @let view = board();
    <sb-save-feedback feedbackId="scope-board-feedback" [feedback]="feedback()" />
    @if (home(); as target) {
      @if (adding()) {
        <sb-add-indicator [home]="target" (added)="added()" (cancelled)="closeForm()" />
      } @else {
        <p>
          <button sbButton id="scope-board-add" (click)="adding.set(true)">{{ t('scope.add') }}</button>
        </p>
      }
    }
    <sb-kpi-board
      [board]="view"
      [exportPath]="view.exportPath"
      [removable]="view.viewerCanManage"
      (remove)="remove($event)"
    />
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-4);
    }
  `,
})
export class ScopeBoardComponent {
  readonly board = input.required<ScopeBoardView>();
  /** After an indicator was added or removed: the page fetches the board again. */
  readonly changed = output<void>();

  private readonly i18n = inject(I18nService);
  private readonly confirm = inject(ConfirmService);
  private readonly removeIndicator = inject(RemoveIndicatorGQL);
  private readonly focusAfterRender = injectFocusAfterRender();
  protected readonly t = this.i18n.t;
  protected readonly adding = signal(false);
  protected readonly feedback = signal<SaveFeedback | undefined>(undefined);

  /** Where a new indicator goes, when the user may add one here. */
  protected readonly home = computed<IndicatorHome | null>(() => {
    const view = this.board();
    if (!view.viewerCanManage) return null;
    if (view.scope === 'KPI_SET') return { kpiSetId: view.scopeId };
    return view.scope === 'MEASURE' ? { measureId: view.scopeId } : null;
  });

  protected added(): void {
    this.adding.set(false);
    this.feedback.set({ kind: 'saved', text: this.t('scope.added') });
    this.changed.emit();
    this.focusAfterRender('#scope-board-feedback');
  }

  protected closeForm(): void {
    this.adding.set(false);
    this.focusAfterRender('#scope-board-add');
  }

  protected async remove(indicator: IndicatorView): Promise<void> {
    const confirmed = await this.confirm.ask({
      heading: this.t('scope.removeHeading', { name: indicator.name }),
      message: this.t('scope.removeMessage'),
      confirmLabel: this.t('scope.removeConfirm'),
      danger: true,
    });
    if (!confirmed) return;
    const outcome = await runMutation(
      this.removeIndicator.mutate({ variables: { indicatorId: indicator.id } }),
    );
    this.feedback.set(
      outcome.ok
        ? { kind: 'saved', text: this.t('scope.removed', { name: indicator.name }) }
        : {
            kind: 'error',
            heading: this.t('scope.removeFailed'),
            message: errorText(outcome.error, this.i18n),
          },
    );
    if (outcome.ok) this.changed.emit();
    this.focusAfterRender('#scope-board-feedback');
  }
}
