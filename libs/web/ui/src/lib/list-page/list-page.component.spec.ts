import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { renderHost, resetTestingModule } from '@samarbeid/web/testing';

import { ListPageComponent } from './list-page.component';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListPageComponent],
  template: `
    <sb-list-page
      heading="Tiltak"
      loadingText="Laster tiltak …"
      filtersLabel="Filtrer tiltakene"
      [loading]="loading()"
      [count]="count()"
      [error]="error()"
      errorHeading="Tiltakene kunne ikke hentes"
      [empty]="empty()"
      emptyText="Ingen tiltak passer."
      [filtered]="filtered()"
      [shown]="shown()"
      [hasMore]="hasMore()"
      [loadingMore]="loadingMore()"
      (retry)="events.push('retry')"
      (loadMore)="events.push('more')"
      (filtersSubmit)="events.push('search')"
      (clearFilters)="events.push('clear')"
    >
      <p sbListIntro class="intro">Alle tiltak i regionen.</p>
      <input sbListFilters id="search" />
      <table class="rows"></table>
    </sb-list-page>
  `,
})
class HostComponent {
  readonly loading = signal(true);
  readonly count = signal<string | undefined>(undefined);
  readonly error = signal<string | undefined>(undefined);
  readonly empty = signal(false);
  readonly filtered = signal(false);
  readonly shown = signal<string | undefined>(undefined);
  readonly hasMore = signal(false);
  readonly loadingMore = signal(false);
  readonly events: string[] = [];
}

describe('ListPageComponent', () => {
  afterEach(resetTestingModule);

  async function render() {
    const rendered = await renderHost(HostComponent);
    const page = rendered.root.querySelector('sb-list-page') as HTMLElement;
    const status = () => page.querySelector('[role="status"]') as HTMLElement;
    return { ...rendered, page, status };
  }

  it('has the heading, the caller’s intro, the filters in a labelled search form and the content, in order', async () => {
    const { page } = await render();
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Tiltak');
    const form = page.querySelector('form[role="search"]') as HTMLFormElement;
    expect(form.getAttribute('aria-label')).toBe('Filtrer tiltakene');
    expect(form.querySelector('#search')).not.toBeNull();
    const order = Array.from(page.children);
    const at = (selector: string) => order.findIndex((child) => child.matches(selector));
    expect(at('.intro')).toBeLessThan(at('.sb-list-page__filters'));
    expect(at('.sb-list-page__filters')).toBeLessThan(at('.sb-list-page__count'));
    expect(at('.sb-list-page__count')).toBeLessThan(at('.rows'));
    expect(at('.intro')).toBeGreaterThan(at('h1'));
  });

  it('is busy while loading and says so in the polite status, then announces the count there', async () => {
    const { page, status, update } = await render();
    expect(page.getAttribute('aria-busy')).toBe('true');
    expect(status().textContent?.trim()).toBe('Laster tiltak …');

    await update((host) => {
      host.loading.set(false);
      host.count.set('31 tiltak');
    });
    expect(page.getAttribute('aria-busy')).toBe('false');
    expect(status().textContent?.trim()).toBe('31 tiltak');
    expect(page.querySelectorAll('[role="status"]')).toHaveLength(1);
  });

  it('shows an error with a retry button instead of the count', async () => {
    const { page, status, update, host } = await render();
    await update((h) => {
      h.loading.set(false);
      h.error.set('Fikk ikke kontakt med tjenesten.');
    });
    expect(status().textContent?.trim()).toBe('');
    const alert = page.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.querySelector('h2')?.textContent?.trim()).toBe('Tiltakene kunne ikke hentes');
    expect(alert.querySelector('p')?.textContent?.trim()).toBe('Fikk ikke kontakt med tjenesten.');
    const retry = alert.querySelector('button') as HTMLButtonElement;
    expect(retry.textContent?.trim()).toBe('Prøv igjen');
    retry.click();
    expect(host.events).toEqual(['retry']);
  });

  it('shows the empty state only when the list is empty and neither loading nor failed', async () => {
    const { page, update } = await render();
    await update((host) => host.empty.set(true));
    expect(page.textContent).not.toContain('Ingen tiltak passer.');
    await update((host) => host.loading.set(false));
    expect(page.textContent).toContain('Ingen tiltak passer.');
    await update((host) => host.error.set('Feil.'));
    expect(page.textContent).not.toContain('Ingen tiltak passer.');
  });

  it('searches and clears the filters', async () => {
    const { page, update, host } = await render();
    expect(page.querySelector('.sb-list-page__clear')).toBeNull();
    const form = page.querySelector('form') as HTMLFormElement;
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    await update((h) => h.filtered.set(true));
    const clear = page.querySelector('.sb-list-page__clear button') as HTMLButtonElement;
    expect(clear.textContent?.trim()).toBe('Nullstill filtrene');
    expect(clear.type).toBe('button');
    clear.click();
    expect(host.events).toEqual(['search', 'clear']);
  });

  it('shows how many are shown and fetches more, saying so while it does (without a loading status)', async () => {
    const { page, status, update, host } = await render();
    await update((h) => {
      h.loading.set(false);
      h.count.set('31 tiltak');
      h.shown.set('Viser 20 av 31.');
      h.hasMore.set(true);
    });
    expect(page.querySelector('.sb-list-page__shown')?.textContent?.trim()).toBe('Viser 20 av 31.');
    const more = page.querySelector('.sb-list-page__more') as HTMLButtonElement;
    expect(more.textContent?.trim()).toBe('Vis flere');
    more.click();
    await update((h) => {
      h.loading.set(true);
      h.loadingMore.set(true);
    });
    expect(more.textContent?.trim()).toBe('Henter flere …');
    expect(more.getAttribute('aria-disabled')).toBe('true');
    expect(status().textContent?.trim()).toBe('31 tiltak');
    more.click();
    expect(host.events).toEqual(['more']);

    await update((h) => {
      h.loading.set(false);
      h.loadingMore.set(false);
      h.hasMore.set(false);
    });
    expect(page.querySelector('.sb-list-page__more')).toBeNull();
  });
});
