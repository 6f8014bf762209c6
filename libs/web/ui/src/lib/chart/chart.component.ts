import { booleanAttribute, ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { type DataTableColumn, DataTableComponent } from '../data-table/data-table.component';
import { injectUiTexts } from '../texts/ui-texts';

/** The figures a chart draws, as a table: a header per column and a row per category (the first cell its name). */
export interface ChartTable {
  /** The table's caption; the kit's "Tallene i diagrammet" by default. */
  readonly caption?: string;
  /** The columns' headers, the row headers' column first. */
  readonly columns: readonly { readonly label: string; readonly align?: 'start' | 'end' }[];
  readonly rows: readonly { readonly header: string; readonly cells: readonly string[] }[];
}

let nextChartId = 0;

/**
 * The frame every chart is shown in. The drawing (an SVG the caller draws, given between the tags) is one picture
 * (`role="img"`) named by a one-sentence `summary` of what it shows; the same figures follow as a table, for screen
 * readers only unless `tableVisible`. A legend can be given as `[sbChartLegend]`. No charting library is installed,
 * so charts are drawn by hand in SVG; a library would be wrapped here once, behind the same inputs.
 */
@Component({
  selector: 'sb-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent],
  template: `
    <figure class="sb-chart">
      <div class="sb-chart__drawing" role="img" [attr.aria-labelledby]="summaryId">
        <ng-content />
      </div>
      <figcaption class="sb-chart__caption">
        <p class="ds-paragraph" data-size="sm" [id]="summaryId" [class.ds-sr-only]="!summaryVisible()">
          {{ summary() }}
        </p>
        <ng-content select="[sbChartLegend]" />
      </figcaption>
    </figure>
    @let data = table();
    @if (tableVisible()) {
      <sb-data-table
        [caption]="tableCaption()"
        [captionHidden]="false"
        captionSize="2xs"
        [columns]="columns()"
      >
        <tbody>
          @for (row of data.rows; track $index) {
            <tr>
              <th scope="row">{{ row.header }}</th>
              @for (cell of row.cells; track $index) {
                <td [class.sb-chart__end]="data.columns[$index + 1]?.align === 'end'">{{ cell }}</td>
              }
            </tr>
          }
        </tbody>
      </sb-data-table>
    } @else {
      <table class="ds-sr-only">
        <caption>
          {{
            tableCaption()
          }}
        </caption>
        <thead>
          <tr>
            @for (column of data.columns; track $index) {
              <th scope="col">{{ column.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of data.rows; track $index) {
            <tr>
              <th scope="row">{{ row.header }}</th>
              @for (cell of row.cells; track $index) {
                <td>{{ cell }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    :host {
      display: grid;
      gap: var(--ds-size-3);
      min-inline-size: 0;
    }

    .sb-chart {
      display: grid;
      gap: var(--ds-size-2);
      margin: 0;
      max-inline-size: 100%;
    }

    .sb-chart__drawing {
      max-inline-size: 100%;
      overflow-x: auto;
    }

    .sb-chart__caption {
      display: grid;
      gap: var(--ds-size-2);
    }

    .sb-chart__caption > * {
      margin: 0;
    }

    .sb-chart__end {
      text-align: end;
      white-space: nowrap;
    }
  `,
})
export class ChartComponent {
  /** One sentence on what the chart shows: the picture's accessible name, and shown under it unless hidden. */
  readonly summary = input.required<string>();
  readonly summaryVisible = input(true, { transform: booleanAttribute });
  /** The chart's figures as a table. */
  readonly table = input.required<ChartTable>();
  /** Show the table to everyone (in a scrolling frame), not only to screen readers. */
  readonly tableVisible = input(false, { transform: booleanAttribute });

  private readonly texts = injectUiTexts();
  protected readonly summaryId = `sb-chart-${++nextChartId}-summary`;
  protected readonly tableCaption = computed(() => this.table().caption ?? this.texts().chartTable);
  protected readonly columns = computed<DataTableColumn[]>(() =>
    this.table().columns.map((column, index) => ({ key: String(index), ...column })),
  );
}
