import { DOCUMENT } from '@angular/common';
import {
  afterRenderEffect,
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  inject,
  input,
  model,
  output,
  viewChild,
} from '@angular/core';

import { ButtonDirective } from '../button/button.directive';
import { injectUiTexts } from '../texts/ui-texts';

let nextDialogId = 0;

/** What may take the focus when the dialog opens, in this order of preference. */
const FIRST_FIELD = '[autofocus], input:not([type="hidden"]), select, textarea';

/**
 * A question the user must answer before something happens (terminate an agreement, opt a municipality out), as a
 * native modal `<dialog>`: the rest of the page is inert while it is open, the focus moves into it (to a field given
 * between the tags, else to the cancel button) and back to where it was when it closes, and Escape cancels.
 *
 * `open` is two-way: cancelling closes the dialog; confirming only emits `confirmed`, and the caller closes it when
 * it is done (or leaves it open to show a problem in a field it gave). The texts default to Norwegian ("Bekreft",
 * "Avbryt").
 */
@Component({
  selector: 'sb-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective],
  host: { '(keydown.escape)': 'onEscape($event)' },
  template: `
    <dialog
      #dialog
      class="ds-dialog sb-confirm-dialog"
      [attr.aria-labelledby]="open() ? headingId : null"
      [attr.aria-describedby]="open() && message() ? messageId : null"
      (cancel)="onNativeCancel($event)"
      (close)="onNativeClose()"
    >
      @if (open()) {
        <form class="sb-confirm-dialog__form" novalidate (submit)="confirm($event)">
          <h2 class="ds-heading" data-size="xs" [id]="headingId">{{ heading() }}</h2>
          @if (message()) {
            <p class="ds-paragraph" [id]="messageId">{{ message() }}</p>
          }
          <ng-content />
          <div class="sb-confirm-dialog__actions">
            <button sbButton type="submit" [attr.data-color]="danger() ? 'danger' : null" [busy]="busy()">
              {{ busy() ? (busyLabel() ?? texts().working) : (confirmLabel() ?? texts().confirm) }}
            </button>
            <button sbButton="secondary" #cancelButton (click)="cancel()">
              {{ cancelLabel() ?? texts().cancel }}
            </button>
          </div>
        </form>
      }
    </dialog>
  `,
  styles: `
    :host {
      display: contents;
    }

    .sb-confirm-dialog__form {
      display: grid;
      gap: var(--ds-size-4);
    }

    .sb-confirm-dialog__form > * {
      margin: 0;
    }

    .sb-confirm-dialog__actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2);
    }
  `,
})
export class ConfirmDialogComponent {
  /** The dialog is shown (two-way: cancelling sets it to false). */
  readonly open = model(false);
  /** The question, as the dialog's heading and accessible name. */
  readonly heading = input.required<string>();
  /** A sentence on what will happen (the dialog's description). */
  readonly message = input<string | null | undefined>(undefined);
  readonly confirmLabel = input<string | null | undefined>(undefined);
  readonly cancelLabel = input<string | null | undefined>(undefined);
  /** The confirmed action is running: the confirm button says `busyLabel` and ignores further presses. */
  readonly busy = input(false, { transform: booleanAttribute });
  readonly busyLabel = input<string | null | undefined>(undefined);
  /** The action destroys or ends something: the confirm button is red. */
  readonly danger = input(false, { transform: booleanAttribute });

  readonly confirmed = output<void>();
  readonly cancelled = output<void>();

  protected readonly texts = injectUiTexts();
  private readonly document = inject(DOCUMENT);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly cancelButton = viewChild<ElementRef<HTMLButtonElement>>('cancelButton');
  private readonly id = ++nextDialogId;
  protected readonly headingId = `sb-confirm-dialog-${this.id}-heading`;
  protected readonly messageId = `sb-confirm-dialog-${this.id}-message`;
  /** Where the focus was when the dialog opened; it goes back there. */
  private returnFocus: HTMLElement | null = null;

  constructor() {
    afterRenderEffect(() => {
      const open = this.open();
      const dialog = this.dialog().nativeElement;
      if (open && !dialog.open) this.show(dialog);
      else if (!open && dialog.open) this.hide(dialog);
    });
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    if (this.busy()) return;
    this.confirmed.emit();
  }

  protected cancel(): void {
    if (!this.open()) return;
    this.open.set(false);
    this.cancelled.emit();
  }

  /** Escape on a modal dialog: the browser's cancel request, answered as "Avbryt" (the dialog closes with it). */
  protected onNativeCancel(event: Event): void {
    event.preventDefault();
    this.cancel();
  }

  /** Escape where the browser has no close request of its own. */
  protected onEscape(event: Event): void {
    event.preventDefault();
    this.cancel();
  }

  /** Closed by the browser (not by `open`): keep `open` in step. */
  protected onNativeClose(): void {
    if (this.open()) this.cancel();
  }

  private show(dialog: HTMLDialogElement): void {
    const active = this.document.activeElement;
    this.returnFocus = active instanceof HTMLElement && active !== this.document.body ? active : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const first = dialog.querySelector<HTMLElement>(FIRST_FIELD) ?? this.cancelButton()?.nativeElement;
    first?.focus();
  }

  private hide(dialog: HTMLDialogElement): void {
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
    const target = this.returnFocus;
    this.returnFocus = null;
    if (target?.isConnected) target.focus();
  }
}
