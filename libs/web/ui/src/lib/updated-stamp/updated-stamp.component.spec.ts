import { describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { clockTime, UpdatedStampComponent } from './updated-stamp.component';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [UpdatedStampComponent],
  template: `<sb-updated-stamp [at]="at()" />`,
})
class HostComponent {
  readonly at = signal<Date | null>(null);
}

describe('sb-updated-stamp', () => {
  it('writes the time on the 24-hour clock with seconds', () => {
    expect(clockTime(new Date(2026, 11, 7, 9, 5, 3))).toBe('09:05:03');
    expect(clockTime(new Date(2026, 11, 7, 17, 45, 59))).toBe('17:45:59');
  });

  it('shows nothing before the first fetch, then "Oppdatert kl. HH:MM:SS"', () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('');
    fixture.componentInstance.at.set(new Date(2026, 11, 7, 14, 3, 27));
    fixture.detectChanges();
    const time = (fixture.nativeElement as HTMLElement).querySelector('time');
    expect(time?.textContent?.trim()).toBe('Oppdatert kl. 14:03:27');
    expect(time?.getAttribute('datetime')).toMatch(/^2026-12-07T/);
  });
});
