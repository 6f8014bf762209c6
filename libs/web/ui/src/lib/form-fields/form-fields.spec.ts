import { describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import {
  type FieldChange,
  type FieldRows,
  type SelectFieldSpec,
  yesNoOptions,
  yesNoValue,
} from './field-spec';
import { FormFieldsComponent } from './form-fields.component';

const UNIT: SelectFieldSpec = {
  key: 'unit',
  id: 'thing-unit',
  kind: 'select',
  label: 'Enhet',
  placeholder: 'Velg',
  options: [
    { value: 'HOURS', label: 'Timer' },
    { group: 'Andre', options: [{ value: 'DAYS', label: 'Dager' }] },
  ],
};

const ROWS: FieldRows = [
  { key: 'title', id: 'thing-title', kind: 'text', label: 'Tittel', required: true, maxLength: 30 },
  [
    { key: 'amount', id: 'thing-amount', kind: 'decimal', label: 'Beløp', hint: 'I kroner.', width: 'md' },
    UNIT,
  ],
  { key: 'start', id: 'thing-start', kind: 'date', label: 'Start' },
  { key: 'note', id: 'thing-note', kind: 'multiline', label: 'Merknad', rows: 4, maxLength: 200 },
  {
    key: 'signed',
    id: 'thing-signed',
    kind: 'choice',
    label: 'Signert?',
    hint: 'Av begge parter.',
    inline: true,
    options: yesNoOptions('Ja', 'Nei'),
  },
];

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormFieldsComponent],
  template: `
    <form class="sb-form" novalidate>
      <sb-form-fields
        [rows]="rows()"
        [values]="values()"
        [errors]="errors()"
        (valueChange)="changes.push($event)"
      />
    </form>
  `,
})
class HostComponent {
  readonly rows = signal<FieldRows>(ROWS);
  readonly values = signal({
    title: 'Avtale',
    amount: '1 250',
    unit: '',
    start: '',
    note: 'Hei',
    signed: 'no',
  });
  readonly errors = signal<Record<string, string>>({});
  readonly changes: FieldChange[] = [];
}

function render() {
  const fixture = TestBed.createComponent(HostComponent);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const query = <T extends Element>(selector: string) => element.querySelector<T & HTMLElement>(selector);
  return { fixture, element, query, host: fixture.componentInstance };
}

describe('FormFieldsComponent', () => {
  it('draws each field with its label, value and the attributes its kind needs', () => {
    const { query } = render();
    const title = query<HTMLInputElement>('#thing-title');
    expect(title?.value).toBe('Avtale');
    expect(title?.getAttribute('maxlength')).toBe('30');
    expect(title?.hasAttribute('required')).toBe(true);
    expect(title?.getAttribute('autocomplete')).toBe('off');
    expect(query('label[for="thing-title"]')?.textContent?.trim()).toBe('Tittel');

    const amount = query<HTMLInputElement>('#thing-amount');
    expect(amount?.getAttribute('inputmode')).toBe('decimal');
    expect(amount?.getAttribute('aria-describedby')).toBe('thing-amount-hint');
    expect(amount?.classList).toContain('sb-form-field--md');
    expect(query('#thing-start')?.getAttribute('type')).toBe('date');
    expect(query('#thing-start')?.hasAttribute('autocomplete')).toBe(false);

    const note = query<HTMLTextAreaElement>('textarea#thing-note');
    expect(note?.value).toBe('Hei');
    expect(note?.rows).toBe(4);
    expect(note?.getAttribute('maxlength')).toBe('200');
  });

  it('puts fields given together in one row', () => {
    const { element } = render();
    const rows = element.querySelectorAll('.sb-form-fields__row');
    expect(rows).toHaveLength(1);
    expect(Array.from(rows[0].querySelectorAll('input, select'), (control) => control.id)).toEqual([
      'thing-amount',
      'thing-unit',
    ]);
  });

  it('offers the choices of a select under its placeholder, in their groups', () => {
    const { query, element } = render();
    const select = query<HTMLSelectElement>('#thing-unit');
    expect(
      Array.from(select?.options ?? [], (option: HTMLOptionElement) => [option.value, option.text.trim()]),
    ).toEqual([
      ['', 'Velg'],
      ['HOURS', 'Timer'],
      ['DAYS', 'Dager'],
    ]);
    expect(select?.value).toBe('');
    expect(element.querySelector('optgroup')?.getAttribute('label')).toBe('Andre');
  });

  it('draws a radio group as a fieldset named by its legend and described by its hint and error', () => {
    const { fixture, query, host } = render();
    const fieldset = query('fieldset');
    expect(fieldset?.querySelector('legend')?.textContent?.trim()).toBe('Signert?');
    expect(fieldset?.getAttribute('aria-describedby')).toBe('thing-signed-hint');
    expect(query<HTMLInputElement>('#thing-signed-no')?.checked).toBe(true);
    expect(query<HTMLInputElement>('#thing-signed-yes')?.name).toBe('thing-signed');

    host.errors.set({ signed: 'Svar ja eller nei.' });
    fixture.detectChanges();
    expect(fieldset?.getAttribute('aria-describedby')).toBe('thing-signed-hint thing-signed-error');
    expect(query('#thing-signed-error')?.textContent?.trim()).toBe('Svar ja eller nei.');
  });

  it("shows a field's error and marks it invalid", () => {
    const { fixture, query, host } = render();
    host.errors.set({ title: 'Skriv en tittel.' });
    fixture.detectChanges();
    const title = query('#thing-title');
    expect(title?.getAttribute('aria-invalid')).toBe('true');
    expect(title?.getAttribute('aria-describedby')).toBe('thing-title-error');
    expect(query('#thing-title-error')?.textContent?.trim()).toBe('Skriv en tittel.');
  });

  it('says what the user typed or chose, by key', () => {
    const { query, host } = render();
    const title = query<HTMLInputElement>('#thing-title');
    if (title) title.value = 'Ny';
    title?.dispatchEvent(new Event('input'));
    const select = query<HTMLSelectElement>('#thing-unit');
    if (select) select.value = 'DAYS';
    select?.dispatchEvent(new Event('change'));
    const start = query<HTMLInputElement>('#thing-start');
    if (start) start.value = '2026-01-01';
    start?.dispatchEvent(new Event('change'));
    query('#thing-signed-yes')?.dispatchEvent(new Event('change'));
    const note = query<HTMLTextAreaElement>('#thing-note');
    note?.dispatchEvent(new Event('change'));

    expect(host.changes).toEqual([
      { key: 'title', value: 'Ny' },
      { key: 'unit', value: 'DAYS' },
      { key: 'start', value: '2026-01-01' },
      { key: 'signed', value: 'yes' },
    ]);
  });

  it('leaves out a placeholder shown only while empty once something is chosen', () => {
    const { fixture, query, host } = render();
    host.rows.set([{ ...UNIT, placeholderWhileEmpty: true }]);
    fixture.detectChanges();
    expect(query<HTMLSelectElement>('#thing-unit')?.options[0]?.value).toBe('');

    host.values.update((values) => ({ ...values, unit: 'HOURS' }));
    fixture.detectChanges();
    expect(
      Array.from(
        query<HTMLSelectElement>('#thing-unit')?.options ?? [],
        (option: HTMLOptionElement) => option.value,
      ),
    ).toEqual(['HOURS', 'DAYS']);
  });

  it('holds a yes / no answer as the radio pair does', () => {
    expect([yesNoValue(true), yesNoValue(false), yesNoValue(null)]).toEqual(['yes', 'no', '']);
  });
});
