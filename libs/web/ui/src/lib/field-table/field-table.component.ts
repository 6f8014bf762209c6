import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';

import { type DataTableColumn, DataTableComponent } from '../data-table/data-table.component';
import type { FieldChange, FieldSpec } from '../form-fields/field-spec';
import { FormFieldComponent } from '../form-fields/form-field.component';

/** A cell of `sb-field-table`: a text, or a field (described as for `sb-form-field`) for the user to fill in. */
export type FieldTableCell = string | FieldSpec;

/** A row of `sb-field-table`: its header cell, then a cell per further column. */
export interface FieldTableRow {
  /** Identifies the row while rows come and go. */
  readonly key: string;
  readonly header: string;
  readonly cells: readonly FieldTableCell[];
}

/**
 * A table whose cells are texts or fields (a year's amounts, a participant's figures, what changed): `sb-data-table`
 * with a row header per row and, in a cell, a text (its line breaks kept) or a described field whose label (read by
 * screen readers only) names its row and column. The values are the caller's object (each field's `key` names its value), the errors its sentences by key;
 * every change goes out as `{ key, value }`. A `<tfoot>` given between the tags (sums) follows the body.
 */
@Component({
  selector: 'sb-field-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent, FormFieldComponent],
  template: `
    <sb-data-table
      [caption]="caption()"
      [captionHidden]="captionHidden()"
      [columns]="columns()"
      [zebra]="false"
    >
      <tbody>
        @for (row of rows(); track row.key) {
          <tr>
            <th scope="row">{{ row.header }}</th>
            @for (cell of row.cells; track $index) {
              <td [class.sb-field-table__end]="columns()[$index + 1]?.align === 'end'">
                @if (isField(cell)) {
                  <sb-form-field
                    [field]="cell"
                    [value]="valueOf(cell.key)"
                    [error]="errors()[cell.key]"
                    (valueChange)="valueChange.emit({ key: cell.key, value: $event })"
                  />
                } @else {
                  {{ cell }}
                }
              </td>
            }
          </tr>
        }
      </tbody>
      <ng-content select="tfoot" />
    </sb-data-table>
  `,
  styles: `
    :host {
      display: block;
      min-inline-size: 0;
    }

    th,
    td {
      vertical-align: top;
    }

    th[scope='row'] {
      font-weight: var(--ds-font-weight-medium);
    }

    /* A text keeps its line breaks (a description before and after a change). */
    td {
      white-space: pre-line;
    }

    .sb-field-table__end {
      text-align: end;
      white-space: nowrap;
    }
  `,
})
export class FieldTableComponent {
  readonly caption = input.required<string>();
  readonly captionHidden = input(true, { transform: booleanAttribute });
  /** The header row: the row headers' column first. */
  readonly columns = input.required<readonly DataTableColumn[]>();
  readonly rows = input.required<readonly FieldTableRow[]>();
  /** The fields' values: an object whose string properties the fields' keys name. */
  readonly values = input<object>({});
  /** The sentences to show, by field key. */
  readonly errors = input<Readonly<Record<string, string | undefined>>>({});
  readonly valueChange = output<FieldChange>();

  protected isField(cell: FieldTableCell): cell is FieldSpec {
    return typeof cell !== 'string';
  }

  protected valueOf(key: string): string {
    const value: unknown = (this.values() as Readonly<Record<string, unknown>>)[key];
    return typeof value === 'string' ? value : '';
  }
}
