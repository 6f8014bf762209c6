import { describe, expect, it } from '@jest/globals';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import type { DataTableColumn } from '../data-table/data-table.component';
import type { FieldChange } from '../form-fields/field-spec';
import { FieldTableComponent, type FieldTableRow } from './field-table.component';

const COLUMNS: DataTableColumn[] = [
  { key: 'year', label: 'År' },
  { key: 'amount', label: 'Beløp', align: 'end' },
  { key: 'sum', label: 'Sum', align: 'end' },
];

const ROWS: FieldTableRow[] = ['2026', '2027'].map((year) => ({
  key: year,
  header: year,
  cells: [
    {
      key: `amount-${year}`,
      id: `amount-${year}`,
      kind: 'decimal',
      labelHidden: true,
      label: `Beløp ${year}`,
    },
    `${year === '2026' ? 100 : 200} kr`,
  ],
}));

@Component({
  selector: 'sb-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FieldTableComponent],
  template: `
    <sb-field-table
      caption="Beløp per år"
      [captionHidden]="false"
      [columns]="columns"
      [rows]="rows"
      [values]="values()"
      [errors]="errors()"
      (valueChange)="changes.push($event)"
    >
      <tfoot>
        <tr>
          <th scope="row">Sum</th>
          <td></td>
          <td>300 kr</td>
        </tr>
      </tfoot>
    </sb-field-table>
  `,
})
class HostComponent {
  readonly columns = COLUMNS;
  readonly rows = ROWS;
  readonly values = signal({ 'amount-2026': '100' });
  readonly errors = signal<Record<string, string>>({ 'amount-2027': 'Skriv et tall.' });
  readonly changes: FieldChange[] = [];
}

describe('FieldTableComponent', () => {
  it('draws a row per row with its header, its fields and its texts, then the footer given', () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const rows = Array.from(element.querySelectorAll('tr'), (tr) =>
      Array.from(
        tr.querySelectorAll('th, td'),
        (cell) => cell.querySelector('input')?.value ?? cell.textContent?.trim(),
      ),
    );
    expect(rows).toEqual([
      ['År', 'Beløp', 'Sum'],
      ['2026', '100', '100 kr'],
      ['2027', '', '200 kr'],
      ['Sum', '', '300 kr'],
    ]);
    expect(element.querySelector('label[for="amount-2026"]')?.textContent?.trim()).toBe('Beløp 2026');
    expect(element.querySelector('#amount-2027')?.getAttribute('aria-invalid')).toBe('true');
    expect(element.querySelector('tbody td')?.classList).toContain('sb-field-table__end');
  });

  it('says what the user typed, by key', () => {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#amount-2027');
    if (input) input.value = '250';
    input?.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.changes).toEqual([{ key: 'amount-2027', value: '250' }]);
  });
});
