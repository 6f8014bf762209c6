import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { renderHost, resetTestingModule, textAt } from '@samarbeid/web/testing';

import { DetailPageComponent, type DetailPageState } from './detail-page.component';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DetailPageComponent],
  template: `<sb-detail-page
    [state]="page()"
    backLink="/tiltak"
    backText="Alle tiltak"
    title="Tiltak"
    loadingText="Laster …"
  >
    @if (page().kind === 'ready') {
      <h1>T7 Byggesak</h1>
    }
  </sb-detail-page>`,
})
class HostComponent {
  readonly page = signal<DetailPageState>({ kind: 'loading' });
}

describe('DetailPageComponent', () => {
  afterEach(resetTestingModule);

  it('links back, says it is loading (busy), then shows an error as an alert, or the content', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const { root, update } = await renderHost(HostComponent);
    const frame = root.querySelector('sb-detail-page') as HTMLElement;
    expect(frame.querySelector('a')?.getAttribute('href')).toBe('/tiltak');
    expect(frame.getAttribute('aria-busy')).toBe('true');
    expect([textAt(frame, 'h1'), textAt(frame, '[role="status"]')]).toEqual(['Tiltak', 'Laster …']);

    await update((host) => host.page.set({ kind: 'error', message: 'Fant ikke tiltaket.' }));
    expect(frame.getAttribute('aria-busy')).toBe('false');
    expect([textAt(frame, 'h1'), textAt(frame, '[role="alert"]')]).toEqual(['Tiltak', 'Fant ikke tiltaket.']);
    await update((host) => host.page.set({ kind: 'error', heading: 'Fant ikke T7', message: 'Slettet.' }));
    expect(textAt(frame, 'h1')).toBe('Fant ikke T7');

    await update((host) => host.page.set({ kind: 'ready' }));
    expect(frame.querySelectorAll('h1')).toHaveLength(1);
    expect(textAt(frame, 'h1')).toBe('T7 Byggesak');
    expect(frame.querySelector('[role="alert"], [role="status"]')).toBeNull();
  });
});
