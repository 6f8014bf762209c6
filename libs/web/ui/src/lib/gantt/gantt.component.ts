import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  type ElementRef,
  inject,
  input,
  NgZone,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';

import { UI_LANGUAGE } from '../texts/ui-texts';
import { type DrawnGantt, GANTT_ENGINE, type GanttEngine } from './gantt-engine';
import { ganttHeight, type GanttSpec } from './gantt-spec';

let nextGanttId = 0;

/**
 * A Gantt chart (the implementation plan): rows of bars over time with progress, baseline ghosts, milestone diamonds,
 * dependency arrows and today's line, drawn by ECharts' custom series on a canvas (lazily loaded, ADR 0016). The
 * drawing is one picture named by a one-sentence `summary`; it is for the eye and the mouse (a click on a bar emits
 * its row's id). The feature puts the same data beside it as a table with the keyboard controls, as every chart of
 * the kit has its table.
 */
@Component({
  selector: 'sb-gantt',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="sb-gantt">
      <div class="sb-gantt__drawing" role="img" [attr.aria-labelledby]="summaryId">
        <div #canvas class="sb-gantt__canvas" aria-hidden="true" [style.block-size.px]="height()"></div>
      </div>
      <figcaption>
        <p class="ds-paragraph" data-size="sm" [id]="summaryId">{{ summary() }}</p>
        @if (failed()) {
          <p class="ds-paragraph" data-size="sm">{{ failedText() }}</p>
        }
      </figcaption>
    </figure>
  `,
  styles: `
    :host {
      display: block;
      min-inline-size: 0;
    }

    .sb-gantt {
      display: grid;
      gap: var(--ds-size-2);
      margin: 0;
    }

    .sb-gantt__drawing {
      max-inline-size: 100%;
      overflow: hidden;
    }

    .sb-gantt__canvas {
      inline-size: 100%;
    }

    figcaption > p {
      margin: 0;
    }
  `,
})
export class GanttComponent {
  readonly spec = input.required<GanttSpec>();
  readonly summary = input.required<string>();
  /** Said when the chart library could not be loaded (the table beside it still has everything). */
  readonly failedText = input('');
  /** A bar was clicked: its row's id. */
  readonly rowSelected = output<string>();

  private readonly language = inject(UI_LANGUAGE);
  private readonly loadEngine = inject(GANTT_ENGINE);
  private readonly zone = inject(NgZone);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  protected readonly summaryId = `sb-gantt-${++nextGanttId}-summary`;
  protected readonly failed = signal(false);
  protected readonly height = computed(() => ganttHeight(this.spec()));

  constructor() {
    let drawn: DrawnGantt | null = null;
    let observer: ResizeObserver | null = null;
    let destroyed = false;
    let loading = false;
    const rendered = signal(false);
    const options = computed(() => {
      const element = this.canvas().nativeElement;
      return {
        element,
        spec: this.spec(),
        context: {
          language: this.language(),
          reducedMotion: globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false,
          fontFamily: getComputedStyle(element).fontFamily || undefined,
        },
      };
    });
    afterNextRender(() => rendered.set(true));
    const select = (id: string) => this.zone.run(() => this.rowSelected.emit(id));
    const draw = (engine: GanttEngine) => {
      const latest = untracked(options);
      if (destroyed) return;
      drawn = engine.draw(latest.element, latest.spec, latest.context, select);
      observer = new ResizeObserver(() => drawn?.resize());
      observer.observe(latest.element);
    };
    effect(() => {
      const next = options();
      if (!rendered() || typeof ResizeObserver === 'undefined') return;
      if (drawn) {
        drawn.update(next.spec, next.context);
        // The height follows the rows: let the canvas take it.
        drawn.resize();
        return;
      }
      if (loading) return;
      loading = true;
      this.loadEngine().then(
        (engine) => draw(engine),
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
