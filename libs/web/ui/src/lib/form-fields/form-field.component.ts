import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import { FieldComponent, FieldControlDirective } from '../field/field';
import type { FieldOption, FieldOptionGroup, FieldSpec, TextFieldSpec } from './field-spec';

const INPUT_MODES: Readonly<Record<TextFieldSpec['kind'], string | null>> = {
  text: null,
  decimal: 'decimal',
  integer: 'numeric',
  date: null,
};

/**
 * One field drawn from its description (`FieldSpec`): a one-line input, a text area or a select inside an `sb-field`
 * (label, hint, error, `aria-describedby`, `aria-invalid`, `required`), or a radio group as a fieldset whose legend
 * is the label (described by its hint and error). The value is the caller's: it comes in as `value` and every change
 * goes out as `valueChange` (an input's text as typed, a select's or a radio's value), so the same field serves a
 * signal-backed form of any shape.
 */
@Component({
  selector: 'sb-form-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldComponent, FieldControlDirective],
  host: { class: 'sb-form-field' },
  template: `
    @let f = field();
    @if (choice(); as c) {
      <fieldset class="ds-fieldset" [attr.aria-describedby]="choiceDescribedBy()">
        <legend
          [class]="c.legendAsHeading ? 'ds-heading' : 'ds-label'"
          [attr.data-size]="c.legendAsHeading ? 'xs' : null"
        >
          {{ c.label }}
        </legend>
        @if (c.hint) {
          <p class="ds-paragraph" data-field="description" data-size="sm" [id]="c.id + '-hint'">
            {{ c.hint }}
          </p>
        }
        @if (error()) {
          <p class="ds-validation-message" data-field="validation" [id]="c.id + '-error'">{{ error() }}</p>
        }
        <div [class]="c.inline ? 'sb-form-field__inline' : 'sb-form-field__stack'">
          @for (option of c.options; track option.value) {
            <sb-field [label]="option.label">
              <input
                sbControl
                class="ds-input"
                type="radio"
                [name]="c.id"
                [id]="c.id + '-' + option.value"
                [value]="option.value"
                [checked]="value() === option.value"
                (change)="valueChange.emit(option.value)"
              />
            </sb-field>
          }
        </div>
      </fieldset>
    } @else {
      <sb-field
        [label]="f.label"
        [labelHidden]="!!f.labelHidden"
        [hint]="f.hint"
        [error]="error()"
        [required]="!!f.required"
        [invalid]="!!f.invalid"
        [hintIds]="f.hintIds ?? []"
        [describedByIds]="f.describedByIds ?? []"
        [announceError]="!!f.announceError"
      >
        @if (select(); as s) {
          <select sbControl class="ds-input" [id]="s.id" (change)="changed($event)">
            @if (s.placeholder && !(s.placeholderWhileEmpty && value())) {
              <option value="" [selected]="!value()">{{ s.placeholder }}</option>
            }
            @for (option of s.options; track $index) {
              @if (isGroup(option)) {
                <optgroup [label]="option.group">
                  @for (choice of option.options; track choice.value) {
                    <option [value]="choice.value" [selected]="value() === choice.value">
                      {{ choice.label }}
                    </option>
                  }
                </optgroup>
              } @else {
                <option [value]="option.value" [selected]="value() === option.value">
                  {{ option.label }}
                </option>
              }
            }
          </select>
        } @else if (multiline(); as m) {
          <textarea
            sbControl
            class="ds-input"
            [id]="m.id"
            [rows]="m.rows ?? 3"
            [attr.maxlength]="m.maxLength ?? null"
            [value]="value()"
            (input)="changed($event)"
          ></textarea>
        } @else if (text(); as i) {
          <input
            sbControl
            class="ds-input"
            [class]="i.classes"
            [id]="f.id"
            [type]="i.type"
            [attr.inputmode]="i.inputMode"
            [attr.autocomplete]="i.autocomplete"
            [attr.maxlength]="i.maxLength"
            [value]="value()"
            (input)="changed($event)"
            (change)="i.type === 'date' && changed($event)"
          />
        }
      </sb-field>
    }
  `,
  styles: `
    :host {
      display: block;
      min-inline-size: 0;
    }

    .sb-form-field__stack {
      display: grid;
      gap: var(--dsc-fieldset-gap, var(--ds-size-4));
    }

    .sb-form-field__inline {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-2) var(--ds-size-6);
    }

    .sb-form-field--xs {
      max-inline-size: 7rem;
    }

    .sb-form-field--sm {
      max-inline-size: 10rem;
    }

    .sb-form-field--md {
      max-inline-size: 14rem;
    }

    .sb-form-field--figures {
      font-variant-numeric: tabular-nums;
    }

    .sb-form-field--end {
      text-align: end;
    }
  `,
})
export class FormFieldComponent {
  readonly field = input.required<FieldSpec>();
  /** The field's value: the text typed, or the value chosen ('' for none). */
  readonly value = input<string>('');
  /** What is wrong, once there is something to say. */
  readonly error = input<string | null | undefined>(undefined);
  readonly valueChange = output<string>();

  protected readonly choice = computed(() => {
    const field = this.field();
    return field.kind === 'choice' ? field : undefined;
  });
  protected readonly select = computed(() => {
    const field = this.field();
    return field.kind === 'select' ? field : undefined;
  });
  protected readonly multiline = computed(() => {
    const field = this.field();
    return field.kind === 'multiline' ? field : undefined;
  });
  protected readonly text = computed(() => {
    const field = this.field();
    if (field.kind === 'choice' || field.kind === 'select' || field.kind === 'multiline') return undefined;
    const figures = field.kind === 'decimal' || field.kind === 'integer';
    const classes = [
      field.width ? `sb-form-field--${field.width}` : '',
      figures ? 'sb-form-field--figures' : '',
      field.alignEnd ? 'sb-form-field--end' : '',
    ];
    return {
      type: field.kind === 'date' ? 'date' : 'text',
      inputMode: INPUT_MODES[field.kind],
      autocomplete: field.kind === 'date' ? null : 'off',
      maxLength: field.maxLength ?? null,
      classes: classes.filter(Boolean).join(' '),
    };
  });
  /** A radio group is described by its hint and its error. */
  protected readonly choiceDescribedBy = computed(() => {
    const field = this.field();
    const ids = [...(field.hint ? [`${field.id}-hint`] : []), ...(this.error() ? [`${field.id}-error`] : [])];
    return ids.length > 0 ? ids.join(' ') : null;
  });

  protected isGroup(option: FieldOption | FieldOptionGroup): option is FieldOptionGroup {
    return 'group' in option;
  }

  protected changed(event: Event): void {
    this.valueChange.emit((event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value);
  }
}
