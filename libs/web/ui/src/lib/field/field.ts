import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  Directive,
  inject,
  input,
} from '@angular/core';

let nextControlId = 0;

/**
 * Marks the control of an `sb-field` (an `input`, `select` or `textarea`, also inside a wrapper of the caller's own):
 * the field gives it its `id` (the caller's, or a generated one), `aria-describedby` (the hint, the error and any
 * ids the caller adds), `aria-invalid` and `required`. The value is the caller's business, so it works the same
 * with a reactive `formControlName`/`[formControl]` and with a signal-backed `[value]` + `(input)`.
 */
@Directive({
  selector: '[sbControl]',
  host: {
    '[id]': 'id()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': 'field.ariaInvalid()',
    '[attr.required]': "field.required() ? '' : null",
  },
})
export class FieldControlDirective {
  /** The control's id (the label's `for`); the hint is `<id>-hint`, the error `<id>-error`. */
  readonly id = input<string>(`sb-control-${++nextControlId}`);
  // The field the control is projected into (it is declared between the field's tags).
  protected readonly field = inject(FieldComponent);
}

/**
 * A form field as Designsystemet lays it out (`ds-field`): the label, an optional hint, the control (projected, marked
 * `sbControl`) and the error message, all wired together. Write the control and its value binding; the field writes
 * the rest:
 *
 * ```html
 * <sb-field [label]="t('measure.field.code')" [hint]="t('newMeasure.codeHint')" [error]="errors().code" required>
 *   <input sbControl id="new-measure-code" class="ds-input" formControlName="code" />
 * </sb-field>
 * ```
 *
 * The field translates nothing: every text comes from the caller.
 */
@Component({
  selector: 'sb-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'ds-field' },
  template: `
    <label class="ds-label" [class.ds-sr-only]="labelHidden()" [attr.for]="controlId()">{{ label() }}</label>
    @if (hint()) {
      <p class="ds-paragraph" data-field="description" data-size="sm" [id]="hintId()">{{ hint() }}</p>
    }
    <ng-content />
    @if (error()) {
      <p
        class="ds-validation-message"
        data-field="validation"
        [id]="errorId()"
        [attr.role]="announceError() ? 'alert' : null"
      >
        {{ error() }}
      </p>
    }
  `,
})
export class FieldComponent {
  /** The label (the control's accessible name). */
  readonly label = input.required<string>();
  /** The label is read by screen readers only: for a field in a table cell, named by its row and column. */
  readonly labelHidden = input(false, { transform: booleanAttribute });
  /** A sentence under the label on what to write; described by it. */
  readonly hint = input<string | null | undefined>(undefined);
  /** What is wrong, once there is something to say; the control is then invalid and described by it. */
  readonly error = input<string | null | undefined>(undefined);
  /** The control must be filled in (`required` on it). */
  readonly required = input(false, { transform: booleanAttribute });
  /** Invalid also without an error of its own, e.g. while a rule it is part of fails (a sum of shares). */
  readonly invalid = input(false, { transform: booleanAttribute });
  /** Ids of hints outside the field (one shared by several fields), read after its own hint, before the error. */
  readonly hintIds = input<readonly string[]>([]);
  /** Ids read after the error: messages of rules the field is part of (a sum of shares that is not 100). */
  readonly describedByIds = input<readonly string[]>([]);
  /** The error is announced at once (role="alert"), for a form without an error summary to move focus to. */
  readonly announceError = input(false, { transform: booleanAttribute });

  private readonly control = contentChild(FieldControlDirective);
  private readonly fallbackId = `sb-control-${++nextControlId}`;

  readonly controlId = computed(() => this.control()?.id() ?? this.fallbackId);
  readonly hintId = computed(() => `${this.controlId()}-hint`);
  readonly errorId = computed(() => `${this.controlId()}-error`);

  /** `aria-describedby` for the control: hints, the error, then the rules' ids; null when there is none. */
  readonly describedBy = computed(() => {
    const ids = [
      ...(this.hint() ? [this.hintId()] : []),
      ...this.hintIds(),
      ...(this.error() ? [this.errorId()] : []),
      ...this.describedByIds(),
    ];
    return ids.length > 0 ? ids.join(' ') : null;
  });
  readonly ariaInvalid = computed(() => (this.error() || this.invalid() ? 'true' : null));
}
