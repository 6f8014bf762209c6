import { afterEach, describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { renderHost, resetTestingModule } from '@samarbeid/web/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

import { FieldComponent, FieldControlDirective } from './field';

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldComponent, FieldControlDirective, ReactiveFormsModule],
  template: `
    <form novalidate>
      <sb-field label="Kode" [hint]="hint()" [error]="error()" [required]="required()">
        <input sbControl id="thing-code" class="ds-input" [formControl]="code" />
      </sb-field>
      <sb-field
        label="Beskrivelse"
        [error]="textError()"
        [hintIds]="sharedHints()"
        [describedByIds]="extra()"
        [invalid]="ruleBroken()"
      >
        <textarea
          sbControl
          id="thing-text"
          class="ds-input"
          [value]="text()"
          (input)="onText($event)"
        ></textarea>
      </sb-field>
      <sb-field label="Uten id">
        <div class="wrapper">
          <select sbControl class="ds-input">
            <option value="a">A</option>
          </select>
        </div>
      </sb-field>
      <sb-field label="Beløp 2026" labelHidden>
        <input sbControl id="thing-amount" class="ds-input" />
      </sb-field>
      <sb-field label="Dato" error="Datoen er før starten." announceError>
        <input sbControl id="thing-date" class="ds-input" type="date" />
      </sb-field>
    </form>
  `,
})
class HostComponent {
  readonly hint = signal<string | undefined>('Fra 1 til 4 bokstaver og et tall.');
  readonly error = signal<string | null>(null);
  readonly required = signal(true);
  readonly textError = signal<string | undefined>(undefined);
  readonly extra = signal<readonly string[]>([]);
  readonly sharedHints = signal<readonly string[]>([]);
  readonly ruleBroken = signal(false);
  readonly code = new FormControl('', { nonNullable: true });
  readonly text = signal('');

  onText(event: Event): void {
    this.text.set((event.target as HTMLTextAreaElement).value);
  }
}

describe('FieldComponent', () => {
  afterEach(resetTestingModule);

  async function render() {
    const rendered = await renderHost(HostComponent);
    const byId = <T extends HTMLElement>(id: string) => rendered.root.querySelector<T>(`#${id}`) as T;
    return { ...rendered, byId };
  }

  it('lays the field out the Designsystemet way: label, hint, control', async () => {
    const { root, byId } = await render();
    const field = root.querySelector('sb-field') as HTMLElement;
    expect(field.classList).toContain('ds-field');
    const label = field.querySelector('label');
    expect(label?.classList).toContain('ds-label');
    expect(label?.getAttribute('for')).toBe('thing-code');
    expect(label?.textContent?.trim()).toBe('Kode');
    const hint = byId('thing-code-hint');
    expect(hint.dataset['field']).toBe('description');
    expect(hint.textContent?.trim()).toBe('Fra 1 til 4 bokstaver og et tall.');
    expect(Array.from(field.children).map((child) => child.tagName)).toEqual(['LABEL', 'P', 'INPUT']);
  });

  it('wires id, aria-describedby (hint, then error), aria-invalid and required onto the control', async () => {
    const { fixture, host, byId } = await render();
    const input = byId<HTMLInputElement>('thing-code');
    expect(input.getAttribute('aria-describedby')).toBe('thing-code-hint');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.required).toBe(true);

    host.error.set('Skriv en kode.');
    await fixture.whenStable();
    expect(input.getAttribute('aria-describedby')).toBe('thing-code-hint thing-code-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = byId('thing-code-error');
    expect(error.classList).toContain('ds-validation-message');
    expect(error.dataset['field']).toBe('validation');
    expect(error.textContent?.trim()).toBe('Skriv en kode.');
    expect(error.getAttribute('role')).toBeNull();

    host.hint.set(undefined);
    host.required.set(false);
    await fixture.whenStable();
    expect(byId('thing-code-hint')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe('thing-code-error');
    expect(input.hasAttribute('required')).toBe(false);

    host.error.set(null);
    await fixture.whenStable();
    expect(byId('thing-code-error')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('adds shared hints before the error and rules after it, and is invalid while a rule fails', async () => {
    const { fixture, host, byId } = await render();
    const textarea = byId<HTMLTextAreaElement>('thing-text');
    expect(textarea.getAttribute('aria-describedby')).toBeNull();

    host.extra.set(['share-sum']);
    host.ruleBroken.set(true);
    await fixture.whenStable();
    expect(textarea.getAttribute('aria-describedby')).toBe('share-sum');
    expect(textarea.getAttribute('aria-invalid')).toBe('true');

    host.textError.set('For lang.');
    host.sharedHints.set(['indicator-hint']);
    await fixture.whenStable();
    expect(textarea.getAttribute('aria-describedby')).toBe('indicator-hint thing-text-error share-sum');
  });

  it('works with a reactive form control and with a signal-backed value alike', async () => {
    const { fixture, host, byId } = await render();
    const input = byId<HTMLInputElement>('thing-code');
    input.value = 't7';
    input.dispatchEvent(new Event('input'));
    expect(host.code.value).toBe('t7');
    host.code.setValue('T8');
    await fixture.whenStable();
    expect(input.value).toBe('T8');

    const textarea = byId<HTMLTextAreaElement>('thing-text');
    textarea.value = 'Felles planregister';
    textarea.dispatchEvent(new Event('input'));
    expect(host.text()).toBe('Felles planregister');
  });

  it('gives a control without an id one of its own, also inside a wrapper, and labels it', async () => {
    const { root } = await render();
    const select = root.querySelector('select') as HTMLSelectElement;
    expect(select.id).toMatch(/^sb-control-\d+$/);
    const label = root.querySelector(`label[for="${select.id}"]`);
    expect(label?.textContent?.trim()).toBe('Uten id');
    expect(select.labels?.[0]).toBe(label);
  });

  it('hides a label from sight only when asked to (a field in a table cell)', async () => {
    const { root } = await render();
    expect(root.querySelector('label[for="thing-amount"]')?.classList).toContain('ds-sr-only');
    expect(root.querySelector('label[for="thing-code"]')?.classList).not.toContain('ds-sr-only');
  });

  it('announces an error at once when asked to', async () => {
    const { byId } = await render();
    expect(byId('thing-date-error').getAttribute('role')).toBe('alert');
    expect(byId('thing-date').getAttribute('aria-describedby')).toBe('thing-date-error');
  });
});
