import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { renderHost, resetTestingModule } from '@samarbeid/web/testing';

import { type DataTableColumn, DataTableComponent } from './data-table.component';
import { type DataTableSort, sortRows } from './sort';

const ROWS = [
  { number: '3006', name: 'Kongsberg', population: 27812 },
  { number: '3334', name: 'Flesberg', population: 2790 },
  { number: '3338', name: 'Rollag', population: 1395 },
];

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DataTableComponent],
  template: `
    <sb-data-table
      caption="Kommuner i Kongsbergregionen"
      [label]="label()"
      [columns]="columns"
      [(sort)]="sort"
      [stickyHeader]="sticky()"
      data-testid="municipalities"
    >
      <tbody>
        @for (row of rows(); track row.number) {
          <tr>
            <td>{{ row.number }}</td>
            <th scope="row">{{ row.name }}</th>
            <td>{{ row.population }}</td>
          </tr>
        }
      </tbody>
    </sb-data-table>
  `,
})
class HostComponent {
  readonly columns: readonly DataTableColumn[] = [
    { key: 'number', label: 'Nummer', align: 'end' },
    { key: 'name', label: 'Kommune', sortable: true },
    { key: 'population', label: 'Innbyggere', sortable: true, align: 'end' },
  ];
  readonly label = signal<string | undefined>(undefined);
  readonly sticky = signal(false);
  readonly sort = signal<DataTableSort | null>(null);
  readonly rows = computed(() =>
    sortRows(ROWS, this.sort(), { name: (row) => row.name, population: (row) => row.population }),
  );
}

describe('DataTableComponent', () => {
  afterEach(resetTestingModule);

  async function render() {
    const rendered = await renderHost(HostComponent);
    const names = () =>
      Array.from(rendered.root.querySelectorAll('tbody th')).map((th) => th.textContent?.trim());
    const settle = () => rendered.fixture.whenStable();
    return { ...rendered, names, settle };
  }

  it('is a Designsystemet table named by its caption, in a focusable region that scrolls sideways', async () => {
    const { root, update } = await render();
    const frame = root.querySelector('[role="region"]') as HTMLElement;
    expect(frame.getAttribute('tabindex')).toBe('0');
    expect(frame.getAttribute('aria-label')).toBe('Kommuner i Kongsbergregionen');
    expect(frame.classList).toContain('sb-data-table');
    const table = frame.querySelector('table') as HTMLTableElement;
    expect(table.classList).toContain('ds-table');
    expect(table.hasAttribute('data-border')).toBe(true);
    expect(table.hasAttribute('data-zebra')).toBe(true);
    expect(table.dataset['size']).toBe('sm');
    expect(table.caption?.textContent?.trim()).toBe('Kommuner i Kongsbergregionen');
    expect(table.caption?.classList).toContain('ds-sr-only');
    expect(root.querySelector('[data-testid="municipalities"] table')).toBe(table);

    await update((host) => host.label.set('Kommunene, rull sidelengs'));
    expect(frame.getAttribute('aria-label')).toBe('Kommunene, rull sidelengs');
  });

  it('draws the header row from the columns, with the caller’s rows below it', async () => {
    const { root, names } = await render();
    const headers = Array.from(root.querySelectorAll('thead th'));
    expect(headers.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers.map((th) => th.textContent?.trim())).toEqual(['Nummer', 'Kommune', 'Innbyggere']);
    expect(headers[0].classList).toContain('sb-data-table__end');
    expect(headers[0].hasAttribute('aria-sort')).toBe(false);
    expect(headers[0].querySelector('button')).toBeNull();
    expect(names()).toEqual(['Kongsberg', 'Flesberg', 'Rollag']);
  });

  it('sorts by a column from its header button, with aria-sort and a polite announcement', async () => {
    const { root, names, host, settle } = await render();
    const [, nameHeader, populationHeader] = Array.from(root.querySelectorAll<HTMLElement>('thead th'));
    expect(nameHeader.getAttribute('aria-sort')).toBe('none');
    expect(populationHeader.getAttribute('aria-sort')).toBe('none');
    const status = root.querySelector('[role="status"]') as HTMLElement;
    expect(status.classList).toContain('ds-sr-only');
    expect(status.textContent?.trim()).toBe('');

    const byName = nameHeader.querySelector('button') as HTMLButtonElement;
    expect(byName.type).toBe('button');
    expect(byName.textContent?.trim()).toBe('Kommune');
    byName.click();
    await settle();
    expect(host.sort()).toEqual({ key: 'name', direction: 'ascending' });
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Flesberg', 'Kongsberg', 'Rollag']);
    expect(status.textContent?.trim()).toBe('Sortert etter Kommune, stigende.');

    byName.click();
    await settle();
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Rollag', 'Kongsberg', 'Flesberg']);
    expect(status.textContent?.trim()).toBe('Sortert etter Kommune, synkende.');

    (populationHeader.querySelector('button') as HTMLButtonElement).click();
    await settle();
    expect(nameHeader.getAttribute('aria-sort')).toBe('none');
    expect(populationHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Rollag', 'Flesberg', 'Kongsberg']);
  });

  it('keeps the header in view while the frame scrolls when asked to', async () => {
    const { root, update } = await render();
    const frame = root.querySelector('[role="region"]') as HTMLElement;
    expect(frame.classList).not.toContain('sb-data-table--sticky');
    expect(root.querySelector('table')?.hasAttribute('data-sticky-header')).toBe(false);
    await update((host) => host.sticky.set(true));
    expect(frame.classList).toContain('sb-data-table--sticky');
    expect(root.querySelector('table')?.hasAttribute('data-sticky-header')).toBe(true);
  });
});
