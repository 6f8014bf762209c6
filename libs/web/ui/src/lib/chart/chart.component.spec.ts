import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { renderHost, resetTestingModule } from '@samarbeid/web/testing';

import { type ChartTable, ChartComponent } from './chart.component';

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
    expect(table.classList).toContain('ds-sr-only');
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
