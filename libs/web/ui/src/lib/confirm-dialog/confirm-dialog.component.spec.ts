import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { ConfirmDialogComponent } from './confirm-dialog.component';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfirmDialogComponent],
  template: `
    <button id="open" type="button" (click)="open.set(true)">Si opp</button>
    <sb-confirm-dialog
      heading="Si opp avtalen?"
      message="Avtalen gjelder ikke lenger når den er sagt opp."
      confirmLabel="Si opp avtalen"
      busyLabel="Sier opp …"
      danger
      [busy]="busy()"
      [(open)]="open"
      (confirmed)="events.push('confirmed')"
      (cancelled)="events.push('cancelled')"
    >
      @if (withField()) {
        <label for="reason">Begrunnelse</label>
        <textarea id="reason"></textarea>
      }
    </sb-confirm-dialog>
  `,
})
class HostComponent {
  readonly open = signal(false);
  readonly busy = signal(false);
  readonly withField = signal(true);
  readonly events: string[] = [];
}

describe('ConfirmDialogComponent', () => {
  afterEach(() => {
    TestBed.resetTestingModule();
  });

  async function render(withField = true) {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.componentInstance.withField.set(withField);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const dialog = root.querySelector('dialog') as HTMLDialogElement;
    const update = async (change: (host: HostComponent) => void) => {
      change(fixture.componentInstance);
      await fixture.whenStable();
    };
    const buttons = () => Array.from(dialog.querySelectorAll('button'));
    const opener = root.querySelector<HTMLButtonElement>('#open') as HTMLButtonElement;
    const openIt = async () => {
      opener.focus();
      opener.click();
      await fixture.whenStable();
    };
    return { fixture, root, dialog, update, buttons, openIt, opener, host: fixture.componentInstance };
  }

  describe('with the browser’s modal dialog', () => {
    const calls: string[] = [];
    beforeEach(() => {
      calls.length = 0;
      Object.assign(HTMLDialogElement.prototype, {
        showModal(this: HTMLDialogElement) {
          calls.push('showModal');
          this.setAttribute('open', '');
        },
        close(this: HTMLDialogElement) {
          calls.push('close');
          this.removeAttribute('open');
        },
      });
    });
    afterEach(() => {
      delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).showModal;
      delete (HTMLDialogElement.prototype as Partial<HTMLDialogElement>).close;
    });

    it('opens as a modal and closes again through the browser', async () => {
      const { dialog, openIt, update } = await render();
      await openIt();
      expect(calls).toEqual(['showModal']);
      expect(dialog.open).toBe(true);
      await update((host) => host.open.set(false));
      expect(calls).toEqual(['showModal', 'close']);
      expect(dialog.open).toBe(false);
    });
  });

  it('is a closed, named Designsystemet dialog with nothing inside until it opens', async () => {
    const { dialog } = await render();
    expect(dialog.classList).toContain('ds-dialog');
    expect(dialog.open).toBe(false);
    expect(dialog.querySelector('form')).toBeNull();
  });

  it('opens with the question, the message, the caller’s field focused and Norwegian cancel text', async () => {
    const { dialog, openIt, buttons } = await render();
    await openIt();
    expect(dialog.open).toBe(true);
    const heading = dialog.querySelector('h2') as HTMLElement;
    expect(heading.textContent?.trim()).toBe('Si opp avtalen?');
    expect(dialog.getAttribute('aria-labelledby')).toBe(heading.id);
    const message = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent?.trim()).toBe('Avtalen gjelder ikke lenger når den er sagt opp.');
    expect(document.activeElement?.id).toBe('reason');

    const [confirm, cancel] = buttons();
    expect(confirm.type).toBe('submit');
    expect(confirm.textContent?.trim()).toBe('Si opp avtalen');
    expect(confirm.dataset['color']).toBe('danger');
    expect(cancel.type).toBe('button');
    expect(cancel.textContent?.trim()).toBe('Avbryt');
  });

  it('focuses the cancel button when there is no field, and gives the focus back when it closes', async () => {
    const { dialog, openIt, buttons, host, opener, fixture } = await render(false);
    await openIt();
    expect(document.activeElement).toBe(buttons()[1]);

    buttons()[1].click();
    await fixture.whenStable();
    expect(host.events).toEqual(['cancelled']);
    expect(host.open()).toBe(false);
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('cancels on Escape and on the browser’s cancel request', async () => {
    const { dialog, openIt, host, fixture } = await render();
    await openIt();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await fixture.whenStable();
    expect(host.events).toEqual(['cancelled']);
    expect(dialog.open).toBe(false);

    await openIt();
    const cancel = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(cancel);
    await fixture.whenStable();
    expect(cancel.defaultPrevented).toBe(true);
    expect(host.events).toEqual(['cancelled', 'cancelled']);
    expect(dialog.open).toBe(false);
  });

  it('confirms without closing (the caller closes it), and ignores presses while busy', async () => {
    const { dialog, openIt, buttons, host, update } = await render();
    await openIt();
    const [confirm] = buttons();
    confirm.click();
    expect(host.events).toEqual(['confirmed']);
    expect(dialog.open).toBe(true);

    await update((h) => h.busy.set(true));
    expect(confirm.textContent?.trim()).toBe('Sier opp …');
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    confirm.click();
    expect(host.events).toEqual(['confirmed']);

    await update((h) => {
      h.busy.set(false);
      h.open.set(false);
    });
    expect(dialog.open).toBe(false);
    expect(host.events).toEqual(['confirmed']);
  });
});
