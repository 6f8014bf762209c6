import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { ButtonDirective } from '../button/button.directive';
import { type FieldFormState, FieldFormComponent } from './field-form.component';

/**
 * A form behind a button ("Legg til medlem"): the button while `open` is false, else the form of described fields
 * under its heading, with a cancel button. The caller keeps `open` and, on `opening`, resets the form and focuses its
 * first field; on `cancelled` closes it and focuses the button again (its id is `openId`).
 *
 * ```html
 * <sb-opening-form [form]="form" [open]="adding()" openId="add-open" [openText]="t('x.add')"
 *                  headingId="add-heading" [heading]="t('x.heading')" (opening)="start()" (cancelled)="stop()" />
 * ```
 */
@Component({
  selector: 'sb-opening-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ButtonDirective, FieldFormComponent],
  template: `
    @if (open()) {
      <sb-field-form
        [form]="form()"
        [headingLevel]="4"
        [labelledBy]="headingId()"
        cancellable
        (cancelled)="cancelled.emit()"
      >
        @if (headingLevel() === 3) {
          <h3 class="ds-heading" data-size="xs" [id]="headingId()">{{ heading() }}</h3>
        } @else {
          <h4 class="ds-heading" data-size="xs" [id]="headingId()">{{ heading() }}</h4>
        }
      </sb-field-form>
    } @else {
      <p class="ds-paragraph">
        <button sbButton="secondary" [id]="openId()" (click)="opening.emit()">{{ openText() }}</button>
      </p>
    }
  `,
})
export class OpeningFormComponent {
  readonly form = input.required<FieldFormState>();
  readonly open = input.required<boolean>();
  /** The button's id and text. */
  readonly openId = input.required<string>();
  readonly openText = input.required<string>();
  /** The form's heading, its id (which names the form) and its level. */
  readonly heading = input.required<string>();
  readonly headingId = input.required<string>();
  readonly headingLevel = input<3 | 4>(3);
  readonly opening = output<void>();
  readonly cancelled = output<void>();
}
