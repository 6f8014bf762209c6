import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { injectFocusAfterRender } from './focus';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown()) {
      <p id="feedback" tabindex="-1">Lagret.</p>
    }
  `,
})
class HostComponent {
  readonly shown = signal(false);
  readonly focus = injectFocusAfterRender();

  show(): void {
    this.shown.set(true);
    this.focus('#feedback');
  }
}

describe('injectFocusAfterRender', () => {
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('focuses the element once the next render has shown it', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    fixture.componentInstance.show();
    expect(document.activeElement?.id).not.toBe('feedback');
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('feedback');
  });

  it('does nothing when nothing matches', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    fixture.componentInstance.focus('#missing');
    await fixture.whenStable();
    expect(document.activeElement).toBe(document.body);
  });
});
