import { describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { type DetailItem, DetailsListComponent } from './details-list.component';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DetailsListComponent],
  template: `<sb-details-list data-testid="terms" [items]="items" />`,
})
class HostComponent {
  readonly items: DetailItem[] = [
    { term: 'Formål', description: 'Felles tjenester.\nHele året.', wide: true, text: true },
    { term: 'Oppstart', description: '1. januar 2026' },
  ];
}

describe('DetailsListComponent', () => {
  it('lists each term with its description', () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const list = (fixture.nativeElement as HTMLElement).querySelector('[data-testid="terms"] dl');
    const pairs = Array.from(list?.querySelectorAll(':scope > div') ?? [], (div) => [
      div.querySelector('dt')?.textContent?.trim(),
      div.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(pairs).toEqual([
      ['Formål', 'Felles tjenester.\nHele året.'],
      ['Oppstart', '1. januar 2026'],
    ]);
    expect(list?.classList).toContain('sb-details-list');
    expect(list?.querySelector(':scope > div')?.classList).toContain('sb-details-list__wide');
    expect(list?.querySelector('dd')?.classList).toContain('sb-details-list__text');
  });
});
