import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { renderHost, resetTestingModule } from '@samarbeid/web/testing';

import { type ChartTable, ChartComponent } from './chart.component';
import { CHART_ENGINE, type ChartEngine } from './chart-engine';
import { chartOptions } from './chart-options';
import type { ChartSpec } from './chart-spec';

const TABLE: ChartTable = {
  columns: [{ label: 'År' }, { label: 'Planlagt', align: 'end' }, { label: 'Realisert', align: 'end' }],
  rows: [
    { header: '2026', cells: ['120 000 kr', '58 000 kr'] },
    { header: '2027', cells: ['240 000 kr', '–'] },
  ],
};

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `
    <sb-chart
      summary="Søylediagram: planlagt gevinst 2026–2027; 58 000 kr er realisert."
      [table]="table()"
      [tableVisible]="visible()"
    >
      <svg aria-hidden="true" width="100" height="50"><rect width="10" height="40" /></svg>
      <ul sbChartLegend class="legend">
        <li>Planlagt</li>
      </ul>
    </sb-chart>
  `,
})
class HostComponent {
  readonly table = signal<ChartTable>(TABLE);
  readonly visible = signal(false);
}

describe('ChartComponent', () => {
  afterEach(resetTestingModule);

  const render = () => renderHost(HostComponent);

  it('shows the drawing as one picture named by the one-sentence summary, with the legend', async () => {
    const { root } = await render();
    const picture = root.querySelector('[role="img"]') as HTMLElement;
    expect(picture.querySelector('svg')).not.toBeNull();
    const summary = document.getElementById(picture.getAttribute('aria-labelledby') ?? '');
    expect(summary?.textContent?.trim()).toBe(
      'Søylediagram: planlagt gevinst 2026–2027; 58 000 kr er realisert.',
    );
    expect(summary?.closest('figcaption')).not.toBeNull();
    expect(root.querySelector('figcaption .legend')?.textContent?.trim()).toBe('Planlagt');
  });

  it('gives screen readers the figures as a table, with the kit’s caption by default', async () => {
    const { root } = await render();
    const table = root.querySelector('table') as HTMLTableElement;
    expect(table.parentElement?.classList).toContain('ds-sr-only');
    expect(table.caption?.textContent?.trim()).toBe('Tallene i diagrammet');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'År',
      'Planlagt',
      'Realisert',
    ]);
    const first = table.querySelector('tbody tr') as HTMLTableRowElement;
    expect(first.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(Array.from(first.cells).map((cell) => cell.textContent?.trim())).toEqual([
      '2026',
      '120 000 kr',
      '58 000 kr',
    ]);
    expect(root.querySelector('[role="region"]')).toBeNull();
  });

  it('shows the table to everyone, in a scrolling frame, when asked to', async () => {
    const { fixture, root, host } = await render();
    host.visible.set(true);
    host.table.set({ ...TABLE, caption: 'Gevinst per år' });
    await fixture.whenStable();
    const frame = root.querySelector('[role="region"]') as HTMLElement;
    expect(frame.getAttribute('aria-label')).toBe('Gevinst per år');
    const table = frame.querySelector('table') as HTMLTableElement;
    expect(table.classList).not.toContain('ds-sr-only');
    expect(table.caption?.classList).not.toContain('ds-sr-only');
    expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(table.querySelector('tbody td')?.classList).toContain('sb-chart__end');
  });
});

const SPEC: ChartSpec = {
  categoryName: 'År',
  categories: ['2026', '2027'],
  unit: { kind: 'kroner' },
  series: [
    { type: 'bar', name: 'Krav', values: ['116000000', '116000000'], colour: 'neutral' },
    { type: 'bar', name: 'Realisert', values: ['58000', null], pattern: 'dotted', labels: true },
  ],
};

@Component({
  selector: 'sb-spec-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChartComponent],
  template: `
    @if (shown()) {
      <sb-chart [spec]="spec()" summary="Stolpediagram: krav og realisert per år." />
    }
  `,
})
class SpecHostComponent {
  readonly spec = signal<ChartSpec>(SPEC);
  readonly shown = signal(true);
}

describe('ChartComponent drawing a spec', () => {
  const NBSP = '\u00a0';
  const calls: { kind: string; options?: unknown }[] = [];
  const engine: ChartEngine = {
    draw: (_element, spec, context) => {
      calls.push({ kind: 'draw', options: chartOptions(spec, context) });
      return {
        update: (next, nextContext) =>
          calls.push({ kind: 'update', options: chartOptions(next, nextContext) }),
        resize: () => calls.push({ kind: 'resize' }),
        dispose: () => calls.push({ kind: 'dispose' }),
      };
    },
  };
  const observed: Element[] = [];
  const realObserver = globalThis.ResizeObserver;

  afterEach(() => {
    resetTestingModule();
    calls.length = 0;
    observed.length = 0;
    globalThis.ResizeObserver = realObserver;
  });

  const render = async (load: () => Promise<ChartEngine>) => {
    // jsdom lays nothing out and has no ResizeObserver: a stand-in, so the kit draws as in a browser.
    globalThis.ResizeObserver = class {
      observe(element: Element) {
        observed.push(element);
      }
      unobserve() {
        return undefined;
      }
      disconnect() {
        return undefined;
      }
    };
    TestBed.configureTestingModule({ providers: [{ provide: CHART_ENGINE, useValue: load }] });
    const rendered = await renderHost(SpecHostComponent);
    await new Promise((resolve) => setTimeout(resolve));
    await rendered.fixture.whenStable();
    return rendered;
  };

  it('draws the spec with the chart engine, hidden from screen readers inside the named picture', async () => {
    const { root } = await render(() => Promise.resolve(engine));
    expect(calls.map((call) => call.kind)).toEqual(['draw']);
    const options = calls[0].options as { series: { name: string; data: unknown[] }[]; animation: boolean };
    expect(options.series.map((series) => [series.name, series.data])).toEqual([
      ['Krav', [116000000, 116000000]],
      ['Realisert', [58000, null]],
    ]);
    const canvas = root.querySelector('[role="img"] .sb-chart__canvas') as HTMLElement;
    expect(canvas.getAttribute('aria-hidden')).toBe('true');
    expect(canvas.style.blockSize).toBe('280px');
    expect(observed).toEqual([canvas]);
  });

  it('derives the screen-reader table from the spec, values in full', async () => {
    const { root } = await render(() => Promise.resolve(engine));
    const table = root.querySelector('.ds-sr-only > table') as HTMLTableElement;
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'År',
      'Krav',
      'Realisert',
    ]);
    expect(
      Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.children).map((cell) => cell.textContent?.trim()),
      ),
    ).toEqual([
      ['2026', `116${NBSP}000${NBSP}000${NBSP}kr`, `58${NBSP}000${NBSP}kr`],
      ['2027', `116${NBSP}000${NBSP}000${NBSP}kr`, '–'],
    ]);
  });

  it('redraws when the spec changes and lets go of the chart when removed', async () => {
    const { update } = await render(() => Promise.resolve(engine));
    await update((host) => host.spec.set({ ...SPEC, categories: ['2028', '2029'] }));
    expect(calls.map((call) => call.kind)).toEqual(['draw', 'update']);
    expect((calls[1].options as { xAxis: { data: string[] } }).xAxis.data).toEqual(['2028', '2029']);
    await update((host) => host.shown.set(false));
    expect(calls.at(-1)?.kind).toBe('dispose');
  });

  it('shows the table to everyone when the chart library cannot be loaded', async () => {
    const { root } = await render(() => Promise.reject(new Error('offline')));
    expect(calls).toEqual([]);
    const frame = root.querySelector('[role="region"]') as HTMLElement;
    expect(frame.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});
