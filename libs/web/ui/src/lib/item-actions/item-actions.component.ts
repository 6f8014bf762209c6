import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { ButtonDirective } from '../button/button.directive';
import { injectUiTexts } from '../texts/ui-texts';

/**
 * The buttons of one item in a list the user builds (a goal, a party, a measure in an action plan): move it up, move
 * it down, remove it. Each button says which item it is for (`itemName`, read by screen readers only: "Flytt opp
 * Mål 2"), and has an id (`<idPrefix>-up`, `-down`, `-remove`) so the caller can keep the focus where the user was
 * after the list changed. The first item cannot move up, the last not down. Anything given between the tags (another
 * action for the item) comes first.
 */
@Component({
  selector: 'sb-item-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'sb-actions' },
  imports: [ButtonDirective],
  template: `
    <ng-content />
    @if (movable()) {
      <button
        sbButton="tertiary"
        data-size="sm"
        [id]="idPrefix() ? idPrefix() + '-up' : null"
        [disabled]="first()"
        [busy]="busy()"
        (click)="moveUp.emit()"
      >
        {{ moveUpLabel() ?? texts().moveUp }}<span class="ds-sr-only"> {{ itemName() }}</span>
      </button>
      <button
        sbButton="tertiary"
        data-size="sm"
        [id]="idPrefix() ? idPrefix() + '-down' : null"
        [disabled]="last()"
        [busy]="busy()"
        (click)="moveDown.emit()"
      >
        {{ moveDownLabel() ?? texts().moveDown }}<span class="ds-sr-only"> {{ itemName() }}</span>
      </button>
    }
    @if (removable()) {
      <button
        sbButton="tertiary"
        data-size="sm"
        [id]="idPrefix() ? idPrefix() + '-remove' : null"
        [busy]="busy()"
        (click)="remove.emit()"
      >
        {{ removeLabel() ?? texts().remove }}<span class="ds-sr-only"> {{ itemName() }}</span>
      </button>
    }
  `,
})
export class ItemActionsComponent {
  /** Which item the buttons are for, as screen readers hear it after each button's text. */
  readonly itemName = input.required<string>();
  /** The buttons' ids start with this (none without it). */
  readonly idPrefix = input<string | null | undefined>(undefined);
  readonly movable = input(true, { transform: booleanAttribute });
  readonly removable = input(true, { transform: booleanAttribute });
  readonly first = input(false, { transform: booleanAttribute });
  readonly last = input(false, { transform: booleanAttribute });
  /** A change is being saved: the buttons say so (`aria-disabled`); the caller ignores presses meanwhile. */
  readonly busy = input(false, { transform: booleanAttribute });
  readonly moveUpLabel = input<string | null | undefined>(undefined);
  readonly moveDownLabel = input<string | null | undefined>(undefined);
  readonly removeLabel = input<string | null | undefined>(undefined);

  readonly moveUp = output<void>();
  readonly moveDown = output<void>();
  readonly remove = output<void>();

  protected readonly texts = injectUiTexts();
}
