import { afterEach, describe, expect, it } from '@jest/globals';
import { TestBed } from '@angular/core/testing';

import { ConfirmService } from './confirm.service';

/** Lets the dialog render (and go again) after a change. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
  }
}

const dialog = () => document.body.querySelector('dialog');
const button = (name: string) =>
  Array.from(dialog()?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === name);

describe('ConfirmService', () => {
  afterEach(() => {
    TestBed.resetTestingModule();
    document.body.innerHTML = '';
  });

  it('asks in the kit’s dialog, answers true on confirm, then removes the dialog and gives the focus back', async () => {
    const opener = document.body.appendChild(document.createElement('button'));
    opener.focus();
    const answer = TestBed.inject(ConfirmService).ask({
      heading: 'Forlate siden?',
      message: 'Endringene blir borte.',
      confirmLabel: 'Forlat',
      danger: true,
    });
    await settle();

    expect(dialog()?.hasAttribute('open')).toBe(true);
    expect(dialog()?.querySelector('h2')?.textContent?.trim()).toBe('Forlate siden?');
    expect(dialog()?.querySelector('p')?.textContent?.trim()).toBe('Endringene blir borte.');
    expect(button('Forlat')?.getAttribute('data-color')).toBe('danger');
    expect(document.activeElement).toBe(button('Avbryt'));

    dialog()
      ?.querySelector('form')
      ?.dispatchEvent(new Event('submit', { cancelable: true }));
    await expect(answer).resolves.toBe(true);
    await settle();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('answers false when the user cancels', async () => {
    const answer = TestBed.inject(ConfirmService).ask({ heading: 'Slette?', cancelLabel: 'Nei' });
    await settle();
    button('Nei')?.click();
    await expect(answer).resolves.toBe(false);
    await settle();
    expect(dialog()).toBeNull();
  });
});
