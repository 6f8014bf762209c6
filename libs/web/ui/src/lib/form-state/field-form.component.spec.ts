import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  buttonNamed,
  renderHost,
  resetTestingModule,
  submitForm,
  textsAt,
  typeInto,
} from '@samarbeid/web/testing';

import { fieldRows } from './field-rows';
import { FieldFormComponent } from './field-form.component';
import { injectFormState } from './form-state';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldFormComponent],
  template: `<sb-field-form
    [form]="form"
    labelledBy="thing-heading"
    cancellable
    (cancelled)="cancels = cancels + 1"
  >
    <h2 id="thing-heading">Ny ting</h2>
  </sb-field-form>`,
})
class HostComponent {
  cancels = 0;
  readonly sent: string[] = [];
  readonly form = injectFormState({
    initial: { title: '' },
    fields: ['title'],
    validate: (values: { title: string }) => (values.title ? {} : { title: 'Skriv en tittel.' }),
    translate: (problem: string) => problem,
    label: () => 'Tittel',
    id: 'thing',
    rows: () => fieldRows('thing-', () => 'Tittel', [{ key: 'title', kind: 'text', required: true }]),
    texts: () => ({ submit: 'Lagre', busy: 'Lagrer …', errorHeading: 'Ikke lagret' }),
    save: async ({ title }) => {
      this.sent.push(title);
      return { message: 'Tittelen er i bruk.', fields: { title: 'Velg en annen.' } };
    },
  });
}

describe('FieldFormComponent', () => {
  afterEach(resetTestingModule);

  it('lays out heading, feedback, error summary, fields and buttons, and submits through its form', async () => {
    const { root, host, fixture } = await renderHost(HostComponent);
    const form = root.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('aria-labelledby')).toBe('thing-heading');
    expect(textsAt(form, 'label')).toEqual(['Tittel']);
    expect(textsAt(form, 'button')).toEqual(['Lagre', 'Avbryt']);

    submitForm(root);
    await fixture.whenStable();
    expect(textsAt(root, '#thing-errors li')).toEqual(['Tittel: Skriv en tittel.']);
    expect(host.sent).toEqual([]);

    typeInto(root.querySelector('#thing-title') as HTMLInputElement, 'Plan');
    submitForm(root);
    await fixture.whenStable();
    expect(host.sent).toEqual(['Plan']);
    expect(textsAt(root, '#thing-feedback [role="alert"] p')).toEqual(['Tittelen er i bruk.']);
    expect(textsAt(root, '#thing-title-error')).toEqual(['Velg en annen.']);

    buttonNamed(root, 'Avbryt').click();
    expect(host.cancels).toBe(1);
  });
});
