import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

import type { FieldChange, FieldRows, FieldSpec } from './field-spec';
import { FormFieldComponent } from './form-field.component';

/**
 * A part of a form as a list of described fields (`FieldRows`): each field under the other, and fields given
 * together side by side (wrapping on a narrow screen). The values are the caller's object (each field's `key` names
 * its value, a string), the errors its sentences by key; every change goes out as `{ key, value }`.
 *
 * ```html
 * <sb-form-fields [rows]="termFields()" [values]="draft()" [errors]="errors()" (valueChange)="onField($event)" />
 * ```
 */
@Component({
  selector: 'sb-form-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldComponent],
  host: { class: 'sb-form-fields' },
  template: `
    @for (row of shownRows(); track $index) {
      <div [class.sb-form-fields__row]="row.length > 1">
        @for (field of row; track field.id) {
          <sb-form-field
            [field]="field"
            [value]="valueOf(field.key)"
            [error]="errors()[field.key]"
            (valueChange)="valueChange.emit({ key: field.key, value: $event })"
          />
        }
      </div>
    }
  `,
  styles: `
    /* The fields stand in the form's own grid (its gap between them). */
    :host {
      display: contents;
    }

    .sb-form-fields__row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--ds-size-4);
      align-items: start;
    }
  `,
})
export class FormFieldsComponent {
  readonly rows = input.required<FieldRows>();
  /** The form's values: an object whose string properties the fields' keys name. */
  readonly values = input.required<object>();
  /** The sentences to show, by field key. */
  readonly errors = input<Readonly<Record<string, string | undefined>>>({});
  readonly valueChange = output<FieldChange>();

  protected readonly shownRows = computed(() =>
    this.rows().map((row): readonly FieldSpec[] => (isFieldRow(row) ? row : [row])),
  );

  protected valueOf(key: string): string {
    const value: unknown = (this.values() as Readonly<Record<string, unknown>>)[key];
    return typeof value === 'string' ? value : '';
  }
}

function isFieldRow(row: FieldSpec | readonly FieldSpec[]): row is readonly FieldSpec[] {
  return Array.isArray(row);
}
