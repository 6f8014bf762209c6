import { booleanAttribute, ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import { ButtonDirective } from '../button/button.directive';
import { injectUiTexts } from '../texts/ui-texts';

/**
 * A form's buttons: the submit button (which says that it is working while `busy`, and is then `aria-disabled`
 * rather than disabled, so the focus stays on it), an optional cancel button, and anything else given between the
 * tags (a link back, a note that there are unsaved changes).
 */
@Component({
  selector: 'sb-form-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective],
  host: { class: 'sb-form-actions sb-actions' },
  template: `
    <button sbButton type="submit" [attr.data-color]="danger() ? 'danger' : null" [busy]="busy()">
      {{ busy() ? shownBusyLabel() : submitLabel() }}
    </button>
    @if (cancellable()) {
      <button sbButton="secondary" (click)="cancelled.emit()">
        {{ cancelLabel() ?? texts().cancel }}
      </button>
    }
    <ng-content />
  `,
})
export class FormActionsComponent {
  readonly submitLabel = input.required<string>();
  /** What the submit button says while the form is being sent; the kit's "Arbeider …" by default. */
  readonly busyLabel = input<string | null | undefined>(undefined);
  readonly busy = input(false, { transform: booleanAttribute });
  /** The submit button is a destructive one. */
  readonly danger = input(false, { transform: booleanAttribute });
  /** Show a cancel button (emits `cancelled`). */
  readonly cancellable = input(false, { transform: booleanAttribute });
  readonly cancelLabel = input<string | null | undefined>(undefined);
  readonly cancelled = output<void>();

  protected readonly texts = injectUiTexts();
  protected readonly shownBusyLabel = computed(() => this.busyLabel() ?? this.texts().working);
}
