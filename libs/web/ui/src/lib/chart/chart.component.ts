import {
  afterNextRender,
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  type ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';

import { type DataTableColumn, DataTableComponent } from '../data-table/data-table.component';
import { injectUiTexts, UI_LANGUAGE } from '../texts/ui-texts';
import { CHART_ENGINE, type ChartEngine, type DrawnChart } from './chart-engine';
import { type ChartSpec, chartTableOf } from './chart-spec';

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
 * Every chart of the app. The feature declares what to show (`spec`: categories, series of bars or lines, the value
 * axis' unit, a target line) and the kit draws it with Apache ECharts (SVG renderer, imported lazily the first time
 * a chart is shown, see ADR 0012). The drawing is one picture (`role="img"`) named by a one-sentence `summary`; the
 * same figures follow as a table (derived from the spec unless `table` is given), for screen readers only unless
 * `tableVisible` (or the library could not be loaded). A legend of the feature's own can be given as
 * `[sbChartLegend]`.
 */
@Component({
  selector: 'sb-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent],
  template: `
    <figure class="sb-chart">
      <div class="sb-chart__drawing" role="img" [attr.aria-labelledby]="summaryId">
        @if (spec(); as chart) {
          <div
            #canvas
            class="sb-chart__canvas"
            aria-hidden="true"
            [style.block-size.px]="chart.height ?? 280"
          ></div>
        }
        <ng-content />
      </div>
      <figcaption class="sb-chart__caption">
        <p class="ds-paragraph" data-size="sm" [id]="summaryId" [class.ds-sr-only]="!summaryVisible()">
          {{ summary() }}
        </p>
        <ng-content select="[sbChartLegend]" />
      </figcaption>
    </figure>
    @let data = figures();
    @if (tableVisible() || failed()) {
      <sb-data-table
        class="sb-chart__table"
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
      <!-- The class on a wrapper: a table keeps its content's width whatever width a class gives it, and would
           widen the page on a phone. -->
      <div class="ds-sr-only">
        <table>
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
      </div>
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

    /* The drawing follows its frame's width (a ResizeObserver redraws it), so it never scrolls: a scrolling picture
       would be a region a keyboard cannot reach (axe: scrollable-region-focusable) in the moment before a redraw. */
    .sb-chart__drawing {
      max-inline-size: 100%;
      overflow: hidden;
    }

    .sb-chart__canvas {
      inline-size: 100%;
      min-inline-size: 0;
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
  /** What to draw; without it, the caller draws its own SVG between the tags. */
  readonly spec = input<ChartSpec>();
  /** One sentence on what the chart shows: the picture's accessible name, and shown under it unless hidden. */
  readonly summary = input.required<string>();
  readonly summaryVisible = input(true, { transform: booleanAttribute });
  /** The chart's figures as a table; derived from `spec` when not given. */
  readonly table = input<ChartTable>();
  /** Show the table to everyone (in a scrolling frame), not only to screen readers. */
  readonly tableVisible = input(false, { transform: booleanAttribute });

  private readonly texts = injectUiTexts();
  private readonly language = inject(UI_LANGUAGE);
  private readonly loadEngine = inject(CHART_ENGINE);
  private readonly canvas = viewChild<ElementRef<HTMLElement>>('canvas');
  protected readonly summaryId = `sb-chart-${++nextChartId}-summary`;
  /** The chart library could not be loaded: the table is shown instead. */
  protected readonly failed = signal(false);

  protected readonly figures = computed<ChartTable>(() => {
    const given = this.table();
    if (given) return given;
    const spec = this.spec();
    return spec ? chartTableOf(spec, this.language()) : { columns: [], rows: [] };
  });
  protected readonly tableCaption = computed(() => this.figures().caption ?? this.texts().chartTable);
  protected readonly columns = computed<DataTableColumn[]>(() =>
    this.figures().columns.map((column, index) => ({ key: String(index), ...column })),
  );

  constructor() {
    let drawn: DrawnChart | null = null;
    let observer: ResizeObserver | null = null;
    let destroyed = false;
    const rendered = signal(false);
    const options = computed(() => {
      const spec = this.spec();
      const element = this.canvas()?.nativeElement;
      if (!spec || !element) return null;
      return {
        element,
        spec,
        context: {
          language: this.language(),
          reducedMotion: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
          fontFamily: getComputedStyle(element).fontFamily || undefined,
        },
      };
    });
    afterNextRender(() => rendered.set(true));
    let drawnOn: HTMLElement | null = null;
    let loading = false;
    const draw = (engine: ChartEngine) => {
      const latest = untracked(options);
      if (destroyed || !latest) return;
      observer?.disconnect();
      drawn?.dispose();
      drawn = engine.draw(latest.element, latest.spec, latest.context);
      drawnOn = latest.element;
      observer = new ResizeObserver(() => drawn?.resize());
      observer.observe(latest.element);
    };
    effect(() => {
      const next = options();
      // Drawing needs a browser that lays out and reports size changes (not a server or jsdom).
      if (!rendered() || !next || typeof ResizeObserver === 'undefined') return;
      if (drawn && drawnOn === next.element) {
        drawn.update(next.spec, next.context);
        return;
      }
      if (loading) return;
      loading = true;
      this.loadEngine().then(
        (engine) => {
          loading = false;
          draw(engine);
        },
        () => this.failed.set(true),
      );
    });
    inject(DestroyRef).onDestroy(() => {
      destroyed = true;
      observer?.disconnect();
      drawn?.dispose();
    });
  }
}
