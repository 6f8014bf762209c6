import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import type { ChartRule } from './figures-chart';

/** A bar: its box, how it is painted (a class of chart.css, or a fill and an outline), and an optional tooltip. */
export interface ChartBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly paint?: string;
  readonly fill?: string;
  readonly stroke?: string;
  readonly title?: string;
}

/** A text drawn in a chart: where, what, and how it is set (classes of chart.css, or the chart's own). */
export interface ChartLabel {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly style?: string;
}

/** A chart's geometry: its size in SVG units and what is drawn. */
export interface ChartGeometry {
  readonly width: number;
  readonly height: number;
  readonly rules?: readonly ChartRule[];
  readonly bars?: readonly ChartBar[];
  readonly labels?: readonly ChartLabel[];
}

/**
 * The SVG drawing of one of the feature's charts, from its geometry: horizontal rules (grid lines and the axis)
 * behind, then the bars, then the texts. What the chart defines itself (the patterns its bars are filled with) is
 * given between the tags as `<svg:defs>`. The drawing fits its frame's width (`fit="container"`, scaled) or keeps
 * its own size and scrolls (`fit="size"`).
 */
@Component({
  selector: 'sb-chart-drawing',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './chart.css',
  template: `
    @let d = drawing();
    <svg
      class="sb-chart-drawing"
      [class.sb-chart-drawing--fit]="fit() === 'container'"
      [attr.viewBox]="'0 0 ' + d.width + ' ' + d.height"
      [attr.width]="fit() === 'size' ? d.width : null"
      [attr.height]="fit() === 'size' ? d.height : null"
      [style.font-size.px]="textSize()"
      preserveAspectRatio="xMinYMin meet"
    >
      <ng-content />
      @for (rule of d.rules ?? []; track $index) {
        <line
          [attr.class]="'sb-chart-rule--' + rule.kind + (rule.dashed ? ' sb-chart-rule--dashed' : '')"
          [attr.x1]="rule.x1"
          [attr.x2]="rule.x2"
          [attr.y1]="rule.y"
          [attr.y2]="rule.y"
        />
      }
      @for (bar of d.bars ?? []; track $index) {
        <rect
          [attr.class]="bar.paint ?? null"
          [attr.x]="bar.x"
          [attr.y]="bar.y"
          [attr.width]="bar.width"
          [attr.height]="bar.height"
          [attr.fill]="bar.fill ?? null"
          [attr.stroke]="bar.stroke ?? null"
          [attr.stroke-width]="bar.stroke ? 1.5 : null"
        >
          @if (bar.title) {
            <title>{{ bar.title }}</title>
          }
        </rect>
      }
      @for (label of d.labels ?? []; track $index) {
        <text [attr.class]="'sb-chart-text ' + (label.style ?? '')" [attr.x]="label.x" [attr.y]="label.y">
          {{ label.text }}
        </text>
      }
    </svg>
  `,
})
export class ChartDrawingComponent {
  readonly drawing = input.required<ChartGeometry>();
  readonly fit = input<'container' | 'size'>('container');
  /** The texts' size in pixels (of the drawing's own size). */
  readonly textSize = input(13);
}
