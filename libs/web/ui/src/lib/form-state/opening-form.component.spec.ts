import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { buttonNamed, renderHost, resetTestingModule, textsAt } from '@samarbeid/web/testing';

import { fieldRows } from './field-rows';
import { injectFormState } from './form-state';
import { OpeningFormComponent } from './opening-form.component';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OpeningFormComponent],
  template: `<sb-opening-form
    [form]="form"
    [open]="open()"
    openId="thing-open"
    openText="Legg til ting"
    headingId="thing-heading"
    heading="Ny ting"
    [headingLevel]="4"
    (opening)="open.set(true)"
    (cancelled)="open.set(false)"
  />`,
})
class HostComponent {
  readonly open = signal(false);
  readonly form = injectFormState({
    initial: { title: '' },
    fields: ['title'],
    validate: () => ({}),
    translate: (problem: string) => problem,
    label: () => 'Tittel',
    id: 'thing',
    rows: () => fieldRows('thing-', () => 'Tittel', [{ key: 'title', kind: 'text' }]),
    texts: () => ({ submit: 'Lagre', busy: 'Lagrer …' }),
  });
}

describe('OpeningFormComponent', () => {
  afterEach(() => resetTestingModule());

  it('shows the button, then the form named by its heading, and the button again when cancelled', async () => {
    const { root: element, fixture } = await renderHost(HostComponent);
    const settle = () => fixture.whenStable();
    expect(element.querySelector('form')).toBeNull();
    buttonNamed(element, 'Legg til ting').click();
    await settle();
    const form = element.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('aria-labelledby')).toBe('thing-heading');
    expect(textsAt(element, 'h4#thing-heading')).toEqual(['Ny ting']);
    expect(element.querySelector('#thing-title')).not.toBeNull();
    buttonNamed(element, 'Avbryt').click();
    await settle();
    expect(element.querySelector('form')).toBeNull();
    expect(element.querySelector('#thing-open')).not.toBeNull();
  });
});
