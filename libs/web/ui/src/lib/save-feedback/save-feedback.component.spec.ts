import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { refusalFeedback, type SaveFeedback, SaveFeedbackComponent } from './save-feedback.component';

describe('SaveFeedbackComponent', () => {
  let fixture: ComponentFixture<SaveFeedbackComponent>;
  let element: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(SaveFeedbackComponent);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('feedbackId', 'thing-feedback');
    await fixture.whenStable();
  });

  afterEach(() => {
    TestBed.resetTestingModule();
  });

  async function show(feedback: SaveFeedback | null, headingLevel?: 2 | 3 | 4): Promise<void> {
    fixture.componentRef.setInput('feedback', feedback);
    if (headingLevel) fixture.componentRef.setInput('headingLevel', headingLevel);
    await fixture.whenStable();
  }

  function wrapper(): HTMLElement {
    const found = element.querySelector<HTMLElement>('#thing-feedback');
    if (!found) throw new Error('no wrapper');
    return found;
  }

  function alert(): HTMLElement | null {
    return wrapper().querySelector<HTMLElement>('.ds-alert');
  }

  it('renders an empty focusable wrapper with the given id while there is nothing to say', async () => {
    expect(wrapper().getAttribute('tabindex')).toBe('-1');
    expect(wrapper().classList).toContain('sb-feedback');
    expect(alert()).toBeNull();
    // Hidden by `.sb-feedback:empty` until there is something to say.
    expect(wrapper().matches(':empty')).toBe(true);

    await show({ kind: 'saved', text: 'Lagret.' });
    expect(wrapper().matches(':empty')).toBe(false);
    await show(null);
    expect(alert()).toBeNull();
    expect(wrapper().matches(':empty')).toBe(true);

    wrapper().focus();
    expect(document.activeElement).toBe(wrapper());
  });

  it('takes its id and what to say from a save status when given one', async () => {
    const shownFeedback = signal<SaveFeedback | null>(null);
    fixture.componentRef.setInput('feedbackId', undefined);
    fixture.componentRef.setInput('status', { feedbackId: 'step-feedback', shownFeedback });
    await fixture.whenStable();
    expect(element.querySelector('#step-feedback .ds-alert')).toBeNull();
    shownFeedback.set({ kind: 'info', text: 'Flyttet.' });
    await fixture.whenStable();
    expect(element.querySelector('#step-feedback [role="status"]')?.textContent?.trim()).toBe('Flyttet.');
  });

  it('announces a save as a success status and other news as an info status', async () => {
    await show({ kind: 'saved', text: 'Tiltaket er lagret.' });
    expect(alert()?.getAttribute('role')).toBe('status');
    expect(alert()?.dataset['color']).toBe('success');
    expect(alert()?.textContent?.trim()).toBe('Tiltaket er lagret.');

    await show({ kind: 'info', text: 'Ingen endringer å lagre.' });
    expect(alert()?.getAttribute('role')).toBe('status');
    expect(alert()?.dataset['color']).toBe('info');
    expect(alert()?.textContent?.trim()).toBe('Ingen endringer å lagre.');
    expect(wrapper().querySelector('h2, h3, button')).toBeNull();
  });

  it('shows a conflict as a warning alert with a heading, the message and a reload button', async () => {
    const reloads: unknown[] = [];
    fixture.componentInstance.reload.subscribe((value) => reloads.push(value));
    await show({
      kind: 'conflict',
      heading: 'Noen andre har endret tiltaket',
      message: 'Last inn på nytt og prøv igjen.',
      reloadLabel: 'Last inn på nytt',
    });

    expect(alert()?.getAttribute('role')).toBe('alert');
    expect(alert()?.dataset['color']).toBe('warning');
    const heading = alert()?.querySelector('h2');
    expect(heading?.textContent?.trim()).toBe('Noen andre har endret tiltaket');
    expect(heading?.dataset['size']).toBe('2xs');
    expect(alert()?.querySelector('p')?.textContent?.trim()).toBe('Last inn på nytt og prøv igjen.');

    const button = alert()?.querySelector<HTMLButtonElement>('button');
    expect(button?.type).toBe('button');
    expect(button?.textContent?.trim()).toBe('Last inn på nytt');
    expect(reloads).toHaveLength(0);
    button?.click();
    expect(reloads).toHaveLength(1);
  });

  it('shows an error as a danger alert with the heading at the requested level', async () => {
    await show({ kind: 'error', heading: 'Tiltaket ble ikke lagret', message: 'Tittelen mangler.' }, 3);

    expect(alert()?.getAttribute('role')).toBe('alert');
    expect(alert()?.dataset['color']).toBe('danger');
    expect(alert()?.querySelector('h2')).toBeNull();
    expect(alert()?.querySelector('h3')?.textContent?.trim()).toBe('Tiltaket ble ikke lagret');
    expect(alert()?.querySelector('p')?.textContent?.trim()).toBe('Tittelen mangler.');
    expect(alert()?.querySelector('button')).toBeNull();

    await show({ kind: 'error', heading: 'Strategien ble ikke opprettet', message: 'Perioden mangler.' }, 4);
    expect(alert()?.querySelector('h3')).toBeNull();
    expect(alert()?.querySelector('h4')?.textContent?.trim()).toBe('Strategien ble ikke opprettet');
  });

  it('leaves the heading out where the caller has none', async () => {
    await show({ kind: 'error', message: 'Ikke lagret.' });
    expect(alert()?.querySelector('h2, h3')).toBeNull();
    expect(alert()?.textContent?.trim()).toBe('Ikke lagret.');

    await show({ kind: 'conflict', message: 'Endret av en annen.', reloadLabel: 'Last inn på nytt' });
    expect(alert()?.querySelector('h2, h3')).toBeNull();
    expect(alert()?.querySelector('button')?.textContent?.trim()).toBe('Last inn på nytt');
  });

  it('shows content given between the tags in the error alert only', async () => {
    @Component({
      selector: 'sb-host',
      changeDetection: ChangeDetectionStrategy.OnPush,
      imports: [SaveFeedbackComponent],
      template: `
        <sb-save-feedback feedbackId="import-feedback" [feedback]="feedback()">
          <ul data-testid="cells">
            <li>Rad 3: ikke et tall</li>
          </ul>
        </sb-save-feedback>
      `,
    })
    class HostComponent {
      readonly feedback = signal<SaveFeedback | null>(null);
    }

    const host = TestBed.createComponent(HostComponent);
    const root = host.nativeElement as HTMLElement;
    await host.whenStable();
    expect(root.querySelector('[data-testid="cells"]')).toBeNull();
    expect(root.querySelector('#import-feedback')?.matches(':empty')).toBe(true);

    host.componentInstance.feedback.set({ kind: 'saved', text: 'Importert.' });
    await host.whenStable();
    expect(root.querySelector('[data-testid="cells"]')).toBeNull();

    host.componentInstance.feedback.set({ kind: 'error', message: 'Ingenting er lagret.' });
    await host.whenStable();
    const cells = root.querySelector('#import-feedback [role="alert"] [data-testid="cells"]');
    expect(cells?.textContent?.trim()).toBe('Rad 3: ikke et tall');
  });
});

describe('refusalFeedback', () => {
  const texts = {
    conflictHeading: 'Endret av en annen',
    reload: 'Last inn på nytt',
    errorHeading: 'Ikke lagret',
  };

  it('makes a conflict with the reload words, and anything else an error', () => {
    expect(refusalFeedback({ kind: 'conflict', message: 'Versjonen er gammel.' }, texts)).toEqual({
      kind: 'conflict',
      heading: 'Endret av en annen',
      message: 'Versjonen er gammel.',
      reloadLabel: 'Last inn på nytt',
    });
    expect(refusalFeedback({ kind: 'error', message: 'Tittelen mangler.' }, texts)).toEqual({
      kind: 'error',
      heading: 'Ikke lagret',
      message: 'Tittelen mangler.',
    });
  });
});
