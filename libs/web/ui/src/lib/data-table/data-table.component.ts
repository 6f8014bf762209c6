import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  model,
  signal,
} from '@angular/core';

import { fillIn, injectUiTexts } from '../texts/ui-texts';
import { type DataTableSort, nextSort } from './sort';

/** A column of `sb-data-table`: its key (for sorting), its header text, and how it behaves. */
export interface DataTableColumn {
  readonly key: string;
  readonly label: string;
  /** The header is a button that sorts by this column (`aria-sort` says how it is sorted). */
  readonly sortable?: boolean;
  /** `end` for amounts and counts. */
  readonly align?: 'start' | 'end';
}

/**
 * A Designsystemet table with its header row drawn from `columns` and its body given between the tags
 * (`<tbody>` with the caller's rows and cells). It sits in its own focusable, labelled frame that scrolls sideways
 * when the table is wider than the screen, so the page itself never does (320 px, 400 % zoom). With `stickyHeader`
 * the frame also scrolls up and down within most of the window's height, and the header row stays in view; with
 * `stickyFirstColumn` the rows' headers stay in view while it scrolls sideways.
 *
 * Sortable columns are buttons in their header cells; `sort` (two-way) says which column and which way, and the
 * caller orders its rows by it (`sortRows` does it for rows it holds; a server-side list passes it on). The new
 * order is announced politely.
 */
@Component({
  selector: 'sb-data-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="sb-data-table"
      tabindex="0"
      role="region"
      [class.sb-data-table--sticky]="stickyHeader()"
      [class.sb-data-table--sticky-first]="stickyFirstColumn()"
      [attr.aria-label]="label() ?? caption()"
    >
      <table
        class="ds-table"
        [attr.data-border]="border() ? '' : null"
        [attr.data-zebra]="zebra() ? '' : null"
        [attr.data-size]="size()"
        [attr.data-sticky-header]="stickyHeader() ? '' : null"
      >
        <caption [class.ds-sr-only]="captionHidden()" [attr.data-size]="captionSize()">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            @for (column of columns(); track column.key) {
              <th
                scope="col"
                [class.sb-data-table__end]="column.align === 'end'"
                [attr.aria-sort]="column.sortable ? ariaSort(column.key) : null"
              >
                @if (column.sortable) {
                  <button type="button" (click)="sortBy(column)">{{ column.label }}</button>
                } @else {
                  {{ column.label }}
                }
              </th>
            }
          </tr>
        </thead>
        <ng-content />
      </table>
    </div>
    @if (anySortable()) {
      <p class="ds-sr-only" role="status">{{ announcement() }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      min-inline-size: 0;
      max-inline-size: 100%;
    }

    /* position: the frame holds its absolutely positioned descendants too (texts only for screen readers in a
       cell far to the right), so they scroll with the table instead of widening the page on a phone. */
    .sb-data-table {
      position: relative;
      max-inline-size: 100%;
      overflow-x: auto;
    }

    .sb-data-table--sticky {
      max-block-size: min(80vh, 60rem);
      overflow: auto;
    }

    .sb-data-table__end {
      text-align: end;
    }

    /* Small screens (320 CSS px, 400 % zoom): a compact table, so less of it needs scrolling sideways. */
    @media (max-width: 30em) {
      .ds-table {
        --dsc-table-padding: var(--ds-size-2) var(--ds-size-1);

        font-size: var(--ds-body-sm-font-size);
      }
    }
  `,
})
export class DataTableComponent {
  /** The table's name (its caption; also the frame's label unless `label` is given). */
  readonly caption = input.required<string>();
  /** The caption is read by screen readers only (the default), or shown. */
  readonly captionHidden = input(true, { transform: booleanAttribute });
  readonly captionSize = input<'2xs' | 'xs' | 'sm' | null>(null);
  /** The scrolling frame's name, when it should differ from the caption. */
  readonly label = input<string | null | undefined>(undefined);
  readonly columns = input.required<readonly DataTableColumn[]>();
  readonly sort = model<DataTableSort | null>(null);
  readonly zebra = input(true, { transform: booleanAttribute });
  readonly border = input(true, { transform: booleanAttribute });
  readonly size = input<'sm' | 'md' | null>('sm');
  readonly stickyHeader = input(false, { transform: booleanAttribute });
  /** The first column (the rows' headers) stays in view while the table scrolls sideways (kit.css). */
  readonly stickyFirstColumn = input(false, { transform: booleanAttribute });

  private readonly texts = injectUiTexts();
  protected readonly anySortable = computed(() => this.columns().some((column) => column.sortable));
  protected readonly announcement = signal('');

  protected ariaSort(key: string): 'ascending' | 'descending' | 'none' {
    const sort = this.sort();
    return sort?.key === key ? sort.direction : 'none';
  }

  protected sortBy(column: DataTableColumn): void {
    const sort = nextSort(this.sort(), column.key);
    this.sort.set(sort);
    const texts = this.texts();
    this.announcement.set(
      fillIn(sort.direction === 'ascending' ? texts.sortedAscending : texts.sortedDescending, {
        column: column.label,
      }),
    );
  }
}
