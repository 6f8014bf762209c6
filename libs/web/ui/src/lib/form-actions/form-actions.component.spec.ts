import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { FormActionsComponent } from './form-actions.component';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormActionsComponent],
  template: `
    <form novalidate (submit)="submit($event)">
      <sb-form-actions
        submitLabel="Lagre"
        busyLabel="Lagrer …"
        [busy]="busy()"
        [cancellable]="cancellable()"
        (cancelled)="cancels = cancels + 1"
      >
        <span class="note">Ikke lagret</span>
      </sb-form-actions>
    </form>
  `,
})
class HostComponent {
  readonly busy = signal(false);
  readonly cancellable = signal(true);
  cancels = 0;
  submits = 0;

  submit(event: Event): void {
    event.preventDefault();
    this.submits++;
  }
}

describe('FormActionsComponent', () => {
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  it('submits the form, says it is working while busy (aria-disabled, still focusable), and cancels', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const [submit, cancel] = Array.from(root.querySelectorAll('button'));

    expect(submit.type).toBe('submit');
    expect(submit.dataset['variant']).toBe('primary');
    expect(submit.textContent?.trim()).toBe('Lagre');
    expect(submit.getAttribute('aria-disabled')).toBeNull();
    submit.click();
    expect(fixture.componentInstance.submits).toBe(1);

    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();
    expect(submit.textContent?.trim()).toBe('Lagrer …');
    expect(submit.getAttribute('aria-disabled')).toBe('true');
    expect(submit.disabled).toBe(false);

    expect(cancel.type).toBe('button');
    expect(cancel.textContent?.trim()).toBe('Avbryt');
    cancel.click();
    expect(fixture.componentInstance.cancels).toBe(1);
    expect(fixture.componentInstance.submits).toBe(1);
    expect(root.querySelector('sb-form-actions .note')?.textContent).toBe('Ikke lagret');

    fixture.componentInstance.cancellable.set(false);
    await fixture.whenStable();
    expect(root.querySelectorAll('button')).toHaveLength(1);
  });
});
